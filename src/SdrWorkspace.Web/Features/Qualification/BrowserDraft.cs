using System.Text.Json;
using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Web.Features.Qualification;

/// <summary>The copy of a qualification form that the browser kept as the SDR typed (see assets/js/drafts.js).</summary>
public sealed record BrowserDraft(int BaseRevision, DraftState State)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the stored copy over the server's state: fields the browser has win. Null when there is none or it is unreadable.</summary>
    public static BrowserDraft? Parse(string? json, DraftState server)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (stored?.Fields is not { } fields)
            return null;

        // The copy comes from the browser, so anything may be in it: a value that is not one of the enum's is ignored.
        var framework = fields.TryGetValue("framework", out var f) && Enum.TryParse<Framework>(f, out var parsed) && Enum.IsDefined(parsed) ? parsed : server.Framework;
        var answers = new Dictionary<string, CriterionAnswer>();
        foreach (var criterion in FrameworkCatalogue.Criteria(framework))
        {
            var current = server.AnswerTo(criterion.Key);
            var state = fields.TryGetValue($"state-{criterion.Key}", out var s) && Enum.TryParse<CriterionState>(s, out var st) && Enum.IsDefined(st) ? st : current.State;
            var evidence = fields.TryGetValue($"evidence-{criterion.Key}", out var e) ? e : current.Evidence;
            var answer = new CriterionAnswer(state, string.IsNullOrEmpty(evidence) ? null : evidence);
            if (answer != new CriterionAnswer(CriterionState.Unknown) || server.Answers.ContainsKey(criterion.Key))
                answers[criterion.Key] = answer;
        }
        var notes = fields.TryGetValue("notes", out var n) ? (string.IsNullOrEmpty(n) ? null : n) : server.Notes;
        return new BrowserDraft(stored.BaseRevision, new DraftState(framework, answers, notes));
    }

    /// <summary>
    /// The browser's text that the server does not hold, one "Field: text" line each, for showing when it cannot be
    /// applied; empty when the copy holds nothing unsaved (it also keeps fields as they were before a colleague changed them).
    /// </summary>
    public string Unsaved(DraftState server) =>
        string.Join("\n", DraftMerge.Unsaved(State, server).Select(u => $"{u.Field}: {u.Text}"));

    /// <summary>The server already holds everything this copy holds, compared as stored: there is nothing to restore.</summary>
    public bool HeldBy(DraftState server) => State.AsStored() == server.AsStored();

    private sealed record Stored(int BaseRevision, Dictionary<string, string>? Fields);
}
