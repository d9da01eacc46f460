using MudBlazor;

namespace SdrWorkspace.Web.Features.Shared;

/// <summary>How a <see cref="WorkResult"/> looks on every page: inline with <c>WorkResultAlert</c>, or as a snackbar.</summary>
public static class WorkResultDisplay
{
    /// <summary>A busy database is a wait, a missing lead a dead end, a refusal or a conflict something to fix or reload.</summary>
    public static Severity SeverityOf(WorkResultKind kind) => kind switch
    {
        WorkResultKind.Done => Severity.Success,
        WorkResultKind.Busy => Severity.Info,
        WorkResultKind.Missing => Severity.Error,
        _ => Severity.Warning,
    };

    /// <summary>Says what happened: <paramref name="done"/> when it did, why not when it did not.</summary>
    public static void Show(this ISnackbar snackbar, WorkResult result, string done, Severity doneSeverity = Severity.Success) =>
        snackbar.Add(result.Succeeded ? done : result.Error ?? "", result.Succeeded ? doneSeverity : SeverityOf(result.Kind));
}
