using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Leads;

/// <summary>
/// A person being qualified. Its stage changes only through <see cref="MoveTo"/>, which enforces the
/// lifecycle and records every transition; its score only through <see cref="ApplyScore"/>.
/// </summary>
public sealed class Lead
{
    public const int EmailMaxLength = TextLimits.Email;
    public const int NameMaxLength = TextLimits.PersonName;
    public const int TitleMaxLength = TextLimits.JobTitle;
    public const int PhoneMaxLength = TextLimits.Phone;
    public const int SourceMaxLength = TextLimits.Source;
    public const int CampaignMaxLength = TextLimits.Campaign;
    public const int ReasonMaxLength = TextLimits.Reason;
    public const string ScoringActor = "scoring";

    private readonly List<StageChange> _stageHistory = [];
    private readonly List<LeadShare> _shares = [];

    private Lead() { }

    public Lead(NewLead details, string actor, int definitionVersion, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(details.Email) || !details.Email.Contains('@'))
            throw new DomainException("A lead needs a valid email address.");
        Email = TextLimits.Require(details.Email, EmailMaxLength, "An email address")!.ToLowerInvariant();
        FirstName = TextLimits.Require(details.FirstName, NameMaxLength, "A first name") ?? "";
        LastName = TextLimits.Require(details.LastName, NameMaxLength, "A last name") ?? "";
        Title = TextLimits.Require(details.Title, TitleMaxLength, "A job title");
        Phone = TextLimits.Require(details.Phone, PhoneMaxLength, "A phone number");
        Source = TextLimits.Require(details.Source, SourceMaxLength, "A source") ?? "Unknown";
        Campaign = TextLimits.Require(details.Campaign, CampaignMaxLength, "A campaign");
        Seniority = TitleParser.SeniorityOf(Title);
        Function = TitleParser.FunctionOf(Title);
        BuyingRole = details.BuyingRole;
        Account = details.Account;
        OwnerId = details.OwnerId;
        CreatedAt = at;
        Stage = LifecycleStage.Lead;
        StageChangedAt = at;
        _stageHistory.Add(new StageChange(null, new StageMove(LifecycleStage.Lead, actor, $"Created from {Source}", definitionVersion, at)));
        Plan(FollowUpSchedule.FirstTouch(at));
    }

    public int Id { get; private set; }
    public string Email { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string? Title { get; private set; }
    public string? Phone { get; private set; }
    public Seniority Seniority { get; private set; }
    public JobFunction Function { get; private set; }
    public BuyingRole BuyingRole { get; private set; }
    public string Source { get; private set; } = "";
    public string? Campaign { get; private set; }
    public int? AccountId { get; private set; }
    public Account? Account { get; private set; }
    public string? OwnerId { get; private set; }

    public LifecycleStage Stage { get; private set; }
    public DateTime StageChangedAt { get; private set; }
    public DateOnly? ReactivationOn { get; private set; }
    public string? DisqualificationReason { get; private set; }
    public bool DoNotContact { get; private set; }

    public int FitScore { get; private set; }
    public int EngagementScore { get; private set; }
    public int Score { get; private set; }
    public DateTime? ScoredAt { get; private set; }
    public DateTime? LastHighIntentAt { get; private set; }
    /// <summary>
    /// The definition version under which the score or stage last changed. A re-score under a new version writes
    /// only the leads whose numbers or stage it changes, so a lead the new version scores the same keeps its version.
    /// </summary>
    public int DefinitionVersion { get; private set; }
    /// <summary>
    /// The lead's engagement as <see cref="Scoring.EngagementState.ToBytes"/> stores it, so a new event or a later moment is
    /// scored without reading the events again. Null until first scored (or for rows written by older versions); then it is rebuilt.
    /// </summary>
    public byte[]? EngagementState { get; private set; }

    public DateTime CreatedAt { get; private set; }
    /// <summary>When the current owner got the lead (assignment is round robin; the latest one tells whose turn is next).</summary>
    public DateTime? AssignedAt { get; private set; }
    public DateTime? LastTouchAt { get; private set; }
    /// <summary>
    /// The next step: when, and what. Every open lead (<see cref="IsOpenForFollowUp"/>) has one, set by
    /// <see cref="FollowUpSchedule"/> when the lead arrives, comes back or is touched; the SDR may change or clear it.
    /// Handed-over, closed and nurtured leads have none (a nurtured lead's reactivation date is its next step).
    /// </summary>
    public DateTime? NextActionAt { get; private set; }
    public string? NextActionNote { get; private set; }
    public EngagementSignal? LastHighIntentSignal { get; private set; }
    /// <summary>Optimistic concurrency token: bumped on every save, so concurrent edits never overwrite each other.</summary>
    public int Revision { get; private set; }
    /// <summary>Outreach waits until this day (an out-of-office return, a follow-up date given in a reply).</summary>
    public DateOnly? CadencePausedUntil { get; private set; }
    /// <summary>Data-quality flag: when a reply showed the address or person to be wrong.</summary>
    public DateTime? BadDataFlaggedAt { get; private set; }
    /// <summary>When an AE last sent this lead back, and why: the queue puts it first until the SDR touches it.</summary>
    public DateTime? ReturnedAt { get; private set; }
    public string? ReturnReason { get; private set; }

    public IReadOnlyList<StageChange> StageHistory => _stageHistory;

    /// <summary>SDRs besides the owner who may see and work this lead.</summary>
    public IReadOnlyList<LeadShare> Shares => _shares;

    public string FullName => FullNameOf(FirstName, LastName);

    public static string FullNameOf(string firstName, string lastName) => $"{firstName} {lastName}".Trim();

    public FitProfile FitProfile => new(
        Account?.Industry, Account?.Employees, Account?.AnnualRevenue, Account?.Region, Seniority, Function, BuyingRole);

    public StageChange MoveTo(StageMove move)
    {
        LifecycleRules.EnsureLegal(move, Stage);
        var change = new StageChange(Stage, move);
        _stageHistory.Add(change);
        Stage = move.To;
        StageChangedAt = move.At;
        DefinitionVersion = move.DefinitionVersion;
        ReactivationOn = move.To == LifecycleStage.Nurture ? move.ReactivationOn : null;
        DisqualificationReason = move.To == LifecycleStage.Disqualified ? Truncate(move.Reason) : null;
        ReturnedAt = null;
        ReturnReason = null;
        if (!IsOpenForFollowUp)
            Plan(null);
        else if (NextActionAt is null)
            Plan(FollowUpSchedule.FirstTouch(move.At));
        return change;
    }

    /// <summary>The stages a next step is kept in: the ones an SDR works a cadence in.</summary>
    public bool IsOpenForFollowUp => Handover.Recycling.CadenceStages.Contains(Stage) && !DoNotContact;

    /// <summary>An AE sends the SQL back to the SDR (as SAL); the reason travels with the lead to the top of the SDR's queue.</summary>
    public StageChange ReturnFromAe(string actor, string reason, int definitionVersion, DateTime at)
    {
        var change = MoveTo(new StageMove(LifecycleStage.SAL, actor, $"Handover returned: {reason}", definitionVersion, at));
        ReturnedAt = at;
        ReturnReason = Truncate(reason);
        return change;
    }

    /// <summary>
    /// Stores a score and lets it move the lead where the definition says a score may: a plain lead that
    /// the definition calls MQL becomes one; a nurtured lead comes back early only on a fresh hand-raise.
    /// </summary>
    public StageChange? ApplyScore(ScoreCard card, DateTime at)
    {
        FitScore = card.Fit;
        EngagementScore = card.Engagement;
        Score = card.Total;
        ScoredAt = at;
        LastHighIntentAt = card.LastHighIntentAt;
        LastHighIntentSignal = card.LastHighIntentSignal;
        DefinitionVersion = card.DefinitionVersion;

        if (StoredScore.StageAfter(card) is not { } to)
            return null;
        var raised = card.LastHighIntentSignal?.Label() ?? "Hand-raise";
        // A disqualified lead is reopened (its only way back), and becomes an MQL from there if it fits.
        if (Stage == LifecycleStage.Disqualified)
        {
            var reopened = MoveTo(new StageMove(LifecycleStage.Lead, ScoringActor, $"Reopened: {raised} after disqualification", card.DefinitionVersion, at));
            if (to == LifecycleStage.Lead)
                return reopened;
        }
        if (to == LifecycleStage.Lead)
            return MoveTo(new StageMove(LifecycleStage.Lead, ScoringActor, $"Back from nurture early: {raised}", card.DefinitionVersion, at));
        return MoveTo(new StageMove(LifecycleStage.MQL, ScoringActor, card.Mql.Reason, card.DefinitionVersion, at));
    }

    /// <summary>
    /// Drops the stored engagement state when what it folded in changed (a reply coded anew): the next re-score rebuilds it
    /// from the events. States are written by the scoring passes only, each on condition that no one changed it meanwhile.
    /// </summary>
    public void ForgetEngagement() => EngagementState = null;

    /// <summary>Whether the stored score already says what this card says, so re-scoring can skip a write.</summary>
    public bool HasScore(ScoreCard card) => StoredScore.Needs(card) == ScoreWrite.None;

    /// <summary>What re-scoring compares a new card with: the stored score and the stage facts a score may move.</summary>
    public StoredScore StoredScore => new(FitScore, EngagementScore, Score, LastHighIntentAt, LastHighIntentSignal, DefinitionVersion,
        Stage, StageChangedAt, CreatedAt, DoNotContact);

    /// <summary>A lead assigned without a next step is due at once, like a new one (<see cref="FollowUpSchedule.FirstTouch"/>).</summary>
    public void AssignTo(string? ownerId, DateTime? at = null)
    {
        OwnerId = ownerId;
        AssignedAt = ownerId is null ? null : at ?? AssignedAt;
        if (ownerId is not null && NextActionAt is null && IsOpenForFollowUp)
            Plan(FollowUpSchedule.FirstTouch(AssignedAt ?? CreatedAt));
    }

    /// <summary>Lets another user see and work this lead; sharing again with the same user changes nothing.</summary>
    public void ShareWith(string userId, string sharedBy, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new DomainException("Choose who to share the lead with.");
        if (userId == OwnerId)
            throw new DomainException("The lead already belongs to that person.");
        if (_shares.Any(s => s.UserId == userId))
            return;
        _shares.Add(new LeadShare(Id, userId, sharedBy, at));
    }

    public bool IsSharedWith(string userId) => _shares.Any(s => s.UserId == userId);

    /// <summary>Counts an outbound attempt: it answers a waiting hand-raise (speed to lead) and moves the cadence on.</summary>
    public void RecordTouch(Touch touch)
    {
        if (touch.LeadId != Id)
            throw new DomainException("The touch belongs to another lead.");
        if (DoNotContact && touch.Channel != TouchChannel.Meeting)
            throw new DomainException("This lead asked not to be contacted.");
        if (LastTouchAt is null || touch.At > LastTouchAt)
            LastTouchAt = touch.At;
    }

    /// <summary>
    /// Applies what a touch's outcome means beyond the attempt, as the definition configures it: a wrong number has the
    /// effect of a reply coded Wrong contact (see <see cref="QualificationDefinition.EffectOf(TouchOutcome)"/>).
    /// </summary>
    public void ApplyTouchEffect(Touch touch, QualificationDefinition definition, string actor)
    {
        if (touch.LeadId != Id)
            throw new DomainException("The touch belongs to another lead.");
        if (definition.EffectOf(touch.Outcome) is { } effect)
            ApplyEventEffect(effect, definition.Mql.FitsIcp(FitScore), actor, definition.Version, touch.At);
    }

    /// <summary>
    /// Counts the touch and sets the next step by the cadence (<see cref="FollowUpSchedule.After"/>), replacing whatever
    /// was planned: the SDR just acted, so the plan moves on. <paramref name="earlier"/> are the lead's touches before
    /// this one; only those of the current cadence (<see cref="Handover.Recycling.CadenceStart"/>) count.
    /// </summary>
    public void RecordTouch(Touch touch, CadencePolicy cadence, IEnumerable<CadenceTouch> earlier)
    {
        RecordTouch(touch);
        ScheduleAfter(cadence, earlier.Append(new CadenceTouch(touch.At, touch.Channel, touch.Outcome)), touch.At);
    }

    /// <summary>
    /// Takes back a touch logged by mistake: the lead's last touch is the one before it again, and the next step is the
    /// one the cadence gives after the touches that remain (due at once when none of the current cadence remain).
    /// </summary>
    public void UndoTouch(Touch touch, CadencePolicy cadence, IReadOnlyCollection<CadenceTouch> remaining)
    {
        if (touch.LeadId != Id)
            throw new DomainException("The touch belongs to another lead.");
        LastTouchAt = remaining.Count == 0 ? null : remaining.Max(t => t.At);
        ScheduleAfter(cadence, remaining, touch.At);
    }

    /// <param name="orDueAt">When the step is due if the current cadence has no touch yet.</param>
    private void ScheduleAfter(CadencePolicy cadence, IEnumerable<CadenceTouch> touches, DateTime orDueAt)
    {
        if (!IsOpenForFollowUp)
            return;
        var since = Handover.Recycling.CadenceStart(this);
        var current = touches.Where(t => t.At >= since).ToList();
        Plan(current.Count == 0 ? FollowUpSchedule.FirstTouch(orDueAt) : FollowUpSchedule.After(cadence, current));
    }

    private void Plan(FollowUp? next)
    {
        NextActionAt = next?.DueAt;
        NextActionNote = next?.Note;
    }

    /// <summary>Plans the next step; a date in the past is refused, no date clears the plan.</summary>
    public void PlanNextAction(DateTime? at, string? note, DateTime now)
    {
        if (at is { } when && when < now.AddMinutes(-1))
            throw new DomainException("The next action must be in the future.");
        var kept = at is null ? null : TextLimits.Require(note, ReasonMaxLength, "A next-action note");
        NextActionAt = at;
        NextActionNote = kept;
    }

    /// <summary>A hand-raise nobody has answered yet: no touch since it came in.</summary>
    public bool AwaitsFirstResponse => LastHighIntentAt is { } raised && (LastTouchAt is null || LastTouchAt < raised);

    /// <summary>Out of every queue and cadence; kept, never deleted, for compliance.</summary>
    public void MarkDoNotContact()
    {
        DoNotContact = true;
        Plan(null);
    }

    /// <summary>
    /// Codes one of this lead's replies and applies the code's effects from the definition (stage, cadence
    /// pause, do-not-contact, data-quality flag). Recoding is allowed: the new code's effects apply and the
    /// returned coding records the one it replaced; do-not-contact, once set, stays for compliance.
    /// </summary>
    public ReplyCoding CodeReply(EngagementEvent reply, DispositionEffect effect, bool fitsIcp, ReplyCodingRequest request)
    {
        if (reply.LeadId != Id)
            throw new DomainException("That reply belongs to another lead.");
        if (string.IsNullOrWhiteSpace(request.Actor))
            throw new DomainException("Every coding needs the person who made it.");
        if (!TextLimits.Fits(request.Note, ReplyCoding.NoteMaxLength))
            throw new DomainException(TextLimits.TooLong("A note", ReplyCoding.NoteMaxLength));
        var outcome = DispositionRules.Outcome(effect, Stage, fitsIcp, request.Date, request.At);
        var previous = reply.Disposition;

        reply.Code(effect.Code, request.Actor, request.At);
        Apply(outcome, request.Actor, request.DefinitionVersion, request.At);
        return new ReplyCoding(reply.Id, Id, effect.Code, previous, request.Date, request.Note, request.Actor, request.At);
    }

    /// <summary>
    /// Applies a disposition's effect for an event that carries its meaning (an unsubscribe or a bounce reported by an
    /// email tool, see <see cref="Definition.QualificationDefinition.EffectOf"/>), exactly as coding a reply with it would.
    /// </summary>
    public void ApplyEventEffect(DispositionEffect effect, bool fitsIcp, string actor, int definitionVersion, DateTime at) =>
        Apply(DispositionRules.Outcome(effect, Stage, fitsIcp, null, at), actor, definitionVersion, at);

    private void Apply(DispositionOutcome outcome, string actor, int definitionVersion, DateTime at)
    {
        if (outcome.MoveTo is { } stage)
            MoveTo(new StageMove(stage, actor, outcome.Reason, definitionVersion, at, outcome.ReactivationOn));
        if (outcome.DoNotContact)
            MarkDoNotContact();
        if (outcome.FlagBadData)
            BadDataFlaggedAt ??= at;
        CadencePausedUntil = outcome.PauseCadenceUntil;
    }

    /// <summary>Updates contact details from a newer source record (API upsert, import); blanks keep what is known.</summary>
    public void UpdateDetails(NewLead details)
    {
        FirstName = TextLimits.Require(details.FirstName, NameMaxLength, "A first name") ?? FirstName;
        LastName = TextLimits.Require(details.LastName, NameMaxLength, "A last name") ?? LastName;
        Title = TextLimits.Require(details.Title, TitleMaxLength, "A job title") ?? Title;
        Phone = TextLimits.Require(details.Phone, PhoneMaxLength, "A phone number") ?? Phone;
        Campaign = TextLimits.Require(details.Campaign, CampaignMaxLength, "A campaign") ?? Campaign;
        Seniority = TitleParser.SeniorityOf(Title);
        Function = TitleParser.FunctionOf(Title);
        if (details.Account is not null)
            Account = details.Account;
    }

    private static string Truncate(string reason) => reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
}

/// <summary>Who codes a reply, when, under which definition version, with the date and note the code may need.</summary>
public sealed record ReplyCodingRequest(string Actor, DateTime At, int DefinitionVersion, DateOnly? Date = null, string? Note = null);

/// <summary>What a new lead is created from (form, import, API).</summary>
public sealed record NewLead(
    string Email,
    string? FirstName = null,
    string? LastName = null,
    string? Title = null,
    string? Phone = null,
    string? Source = null,
    string? Campaign = null,
    Account? Account = null,
    string? OwnerId = null,
    BuyingRole BuyingRole = BuyingRole.Unknown);
