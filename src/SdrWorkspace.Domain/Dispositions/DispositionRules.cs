using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Dispositions;

/// <summary>What coding a reply does to a lead, decided once here for the inbox, the API and the importer.</summary>
public static class DispositionRules
{
    public static DispositionOutcome Outcome(
        DispositionEffect effect, LifecycleStage current, bool fitsIcp, DateOnly? date, DateTime now)
    {
        if (effect.NeedsDate && date is null)
            throw new DomainException($"{effect.Label} needs a date.");
        var today = DateOnly.FromDateTime(now);
        if (date is { } d && d <= today)
            throw new DomainException($"The date for {effect.Label} must be in the future.");

        LifecycleStage? stage = effect.Stage switch
        {
            StageEffect.HandRaise when fitsIcp && current is LifecycleStage.Lead or LifecycleStage.Nurture => LifecycleStage.MQL,
            StageEffect.Nurture when LifecycleRules.CanMove(current, LifecycleStage.Nurture) => LifecycleStage.Nurture,
            StageEffect.Disqualify when LifecycleRules.CanMove(current, LifecycleStage.Disqualified) => LifecycleStage.Disqualified,
            _ => null,
        };
        DateOnly? reactivation = stage == LifecycleStage.Nurture
            ? date ?? today.AddMonths(Math.Max(1, effect.NurtureMonths))
            : null;
        DateOnly? pauseUntil = effect.Cadence == CadenceEffect.PauseUntilDate ? date : null;

        return new DispositionOutcome(
            stage,
            effect.StageReason ?? $"Reply coded {effect.Label}",
            reactivation,
            pauseUntil,
            effect.Contact == ContactEffect.DoNotContact,
            effect.Contact == ContactEffect.BadData,
            effect.Cadence == CadenceEffect.Stop || effect.Contact != ContactEffect.None);
    }
}

public sealed record DispositionOutcome(
    LifecycleStage? MoveTo,
    string Reason,
    DateOnly? ReactivationOn,
    DateOnly? PauseCadenceUntil,
    bool DoNotContact,
    bool FlagBadData,
    bool StopCadence);
