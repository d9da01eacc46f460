using System.Security.Claims;
using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Web.Features.Qualification;

/// <summary>
/// One open qualification form kept in step with the server. <see cref="Server"/> is what the server held when
/// the form last took its state (its State is the basis the next save is made against); <see cref="State"/> is
/// what the form shows. After each save, and after a colleague's, the form takes the merged server state and
/// keeps only what was typed since (<see cref="DraftMerge.Rebase"/>), so a later save never reads as deleting
/// someone else's field. Saves go one at a time. Used on one circuit's dispatcher, never from two threads.
/// </summary>
public sealed class OpenDraft(QualificationService qualification, ClaimsPrincipal viewer, DraftSnapshot opened)
{
    private Task<SaveResult?>? _saving;
    private bool _saveAgain;
    private bool _refreshAfterSave;

    public DraftSnapshot Server { get; private set; } = opened;

    public DraftState State { get; private set; } = opened.State;

    /// <summary>Something typed here is not on the server yet.</summary>
    public bool Dirty => State != Server.State;

    public void Edit(DraftState changed) => State = changed;

    /// <summary>Saves what the form shows; null when there was nothing to save. Asked for while a save is under way, it follows that one.</summary>
    public async Task<SaveResult?> SaveAsync()
    {
        if (_saving is not null)
        {
            _saveAgain = true;
            return await _saving;
        }
        _saving = SaveOnceAsync();
        var result = await _saving;
        _saving = null;
        if (_saveAgain && result is not { Busy: true })
        {
            _saveAgain = false;
            result = await SaveAsync();
        }
        if (_refreshAfterSave && _saving is null)
        {
            _refreshAfterSave = false;
            await RefreshAsync();
        }
        return result;
    }

    /// <summary>Waits for any save under way, then saves what is left: what finishing needs.</summary>
    public async Task<SaveResult?> SaveWhenIdleAsync()
    {
        while (_saving is { } underWay)
            await underWay;
        return await SaveAsync();
    }

    /// <summary>
    /// Takes a colleague's save: fields not typed in here show their text, and the next save is made against it.
    /// Waits for a save under way, whose answer may already hold their change. True when the form changed.
    /// </summary>
    public async Task<bool> RefreshAsync()
    {
        if (_saving is not null)
        {
            _refreshAfterSave = true;
            return false;
        }
        var (latest, _) = await qualification.OpenAsync(viewer, Server.LeadId);
        if (_saving is not null)
        {
            _refreshAfterSave = true;
            return false;
        }
        // A finished draft (another one now, or none) is left to the next save, which says who finished it.
        var sameDraft = latest is not null && (latest.AssessmentId == Server.AssessmentId || Server.AssessmentId == 0);
        if (!sameDraft || (latest!.AssessmentId, latest.Revision) == (Server.AssessmentId, Server.Revision))
            return false;
        var (basis, local) = DraftMerge.Rebase(Server.State, Server.State, State, latest.State);
        (Server, State) = (latest with { State = basis }, local);
        return true;
    }

    private async Task<SaveResult?> SaveOnceAsync()
    {
        if (!Dirty)
            return null;
        var sent = State;
        var result = await qualification.SaveAsync(viewer, Server, sent);
        if (result is { Busy: false, Draft: { } saved })
        {
            // The merged server state is the new basis; typing since the save was sent stays on top of it.
            var (basis, local) = DraftMerge.Rebase(Server.State, sent, State, saved.State);
            (Server, State) = (saved with { State = basis }, local);
        }
        return result;
    }
}
