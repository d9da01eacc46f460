using Microsoft.AspNetCore.Components;

namespace SdrWorkspace.Web.Features.Bulk;

/// <summary>A component that shows part of a <see cref="BulkSelection"/> and draws itself again whenever the selection changes.</summary>
public abstract class SelectionComponent : ComponentBase, IDisposable
{
    private BulkSelection? _subscribed;

    [Parameter, EditorRequired]
    public BulkSelection Selection { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_subscribed, Selection))
            return;
        Unsubscribe();
        _subscribed = Selection;
        _subscribed.Changed += Refresh;
    }

    private void Refresh() => InvokeAsync(StateHasChanged);

    private void Unsubscribe()
    {
        if (_subscribed is not null)
            _subscribed.Changed -= Refresh;
    }

    public void Dispose()
    {
        Unsubscribe();
        GC.SuppressFinalize(this);
    }
}
