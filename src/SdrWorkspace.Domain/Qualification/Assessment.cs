using System.Text.Json;
using System.Text.Json.Serialization;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Qualification;

public enum AssessmentStatus
{
    Draft,
    Completed,
}

/// <summary>
/// One qualification of a lead with a framework: the SDR's answers and evidence, saved as a draft while
/// the call goes on, then completed, which moves the lead by the verdict. Completed assessments stay
/// readable on the lead and are never changed again.
/// </summary>
public sealed class Assessment
{
    public const int EvidenceMaxLength = TextLimits.Evidence;
    public const int NotesMaxLength = TextLimits.QualificationNotes;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private Dictionary<string, CriterionAnswer>? _answers;

    private Assessment() { }

    public Assessment(Lead lead, Framework framework, string actor, int definitionVersion, DateTime at)
    {
        if (lead.Stage is LifecycleStage.SQL or LifecycleStage.Opportunity)
            throw new DomainException($"The lead is already {lead.Stage}: it has been handed to sales.");
        if (lead.Stage == LifecycleStage.Disqualified)
            throw new DomainException("The lead is disqualified: reopen it before qualifying it again.");
        LeadId = lead.Id;
        Framework = framework;
        StartedBy = UpdatedBy = actor;
        StartedAt = UpdatedAt = at;
        DefinitionVersion = definitionVersion;
        AnswersJson = "{}";
    }

    public int Id { get; private set; }
    public int LeadId { get; private set; }
    public Framework Framework { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    /// <summary>What the SDR wrote down on the call beyond the criteria: pain, stakeholders, timeline in their words.</summary>
    public string? Notes { get; private set; }
    public VerdictOutcome? Outcome { get; private set; }
    public string? VerdictReason { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    public int DefinitionVersion { get; private set; }
    /// <summary>Optimistic concurrency token: two people saving the same draft never silently overwrite each other.</summary>
    public int Revision { get; private set; }

    /// <summary>The answers as stored (JSON keyed by criterion).</summary>
    public string AnswersJson { get; private set; } = "{}";

    public IReadOnlyDictionary<string, CriterionAnswer> Answers =>
        _answers ??= JsonSerializer.Deserialize<Dictionary<string, CriterionAnswer>>(AnswersJson, Json) ?? [];

    public CriterionAnswer AnswerTo(string key) => Answers.TryGetValue(key, out var a) ? a : new CriterionAnswer(CriterionState.Unknown);

    public void Answer(string key, CriterionState state, string? evidence, string actor, DateTime at)
    {
        EnsureDraft();
        if (!Enum.IsDefined(state))
            throw new DomainException($"Unknown state for '{key}'.");
        if (FrameworkCatalogue.Criteria(Framework).All(c => c.Key != key))
            throw new DomainException($"{Framework} has no criterion '{key}'.");
        if (evidence is { Length: > EvidenceMaxLength })
            throw new DomainException($"Evidence is limited to {EvidenceMaxLength} characters.");
        var answers = new Dictionary<string, CriterionAnswer>(Answers)
        {
            [key] = new CriterionAnswer(state, string.IsNullOrWhiteSpace(evidence) ? null : evidence),
        };
        Store(answers, actor, at);
    }

    public void WriteNotes(string? notes, string actor, DateTime at)
    {
        EnsureDraft();
        if (notes is { Length: > NotesMaxLength })
            throw new DomainException($"Notes are limited to {NotesMaxLength} characters.");
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        Touch(actor, at);
    }

    /// <summary>Switching framework keeps the answers to criteria both share (Authority in BANT and CHAMP).</summary>
    public void SwitchTo(Framework framework, string actor, DateTime at)
    {
        EnsureDraft();
        if (!Enum.IsDefined(framework))
            throw new DomainException("Unknown qualification framework.");
        if (framework == Framework)
            return;
        var keys = FrameworkCatalogue.Criteria(framework).Select(c => c.Key).ToHashSet();
        Framework = framework;
        Store(Answers.Where(a => keys.Contains(a.Key)).ToDictionary(), actor, at);
    }

    public FrameworkVerdict Verdict(QualificationDefinition definition) =>
        VerdictEngine.Evaluate(Framework, definition.RuleFor(Framework), Answers);

    /// <summary>
    /// Finishes the qualification and moves the lead by its verdict: qualified to SQL (an MQL is
    /// accepted on the way), disqualifying answers to Disqualified with the reason, bad timing to
    /// Nurture with a reactivation date. An open verdict cannot be finished.
    /// </summary>
    public IReadOnlyList<StageChange> Complete(Lead lead, QualificationDefinition definition, Actor by, DateTime at, DateOnly? reactivationOn = null)
    {
        EnsureDraft();
        if (lead.Id != LeadId)
            throw new DomainException("This qualification belongs to another lead.");
        // Finishing accepts an MQL on the way, so the same people decide as on the MQL's own answer.
        if (!LeadAccessPolicy.MayWork(by.Viewer, lead))
            throw new DomainException("Only the SDR who owns this lead or one it is shared with, or a manager, can finish its qualification.");
        var actor = by.Name;
        var verdict = Verdict(definition);
        var moves = new List<StageMove>();
        StageMove Move(LifecycleStage to, string reason, DateOnly? reactivation = null) =>
            new(to, actor, reason, definition.Version, at, reactivation);

        switch (verdict.Outcome)
        {
            case VerdictOutcome.Open:
                throw new DomainException($"Not decided yet: {verdict.Reason}.");
            case VerdictOutcome.Qualified:
                if (lead.Stage == LifecycleStage.MQL)
                    moves.Add(Move(LifecycleStage.SAL, "Accepted on the qualification call"));
                if (lead.Stage == LifecycleStage.Nurture)
                    moves.Add(Move(LifecycleStage.Lead, "Reactivated on a qualification call"));
                moves.Add(Move(LifecycleStage.SQL, $"{Framework} {verdict.Reason}"));
                break;
            case VerdictOutcome.Disqualified:
                moves.Add(Move(LifecycleStage.Disqualified, $"{Framework} {verdict.Reason}{Evidence(CriterionState.Disqualifying)}"));
                break;
            case VerdictOutcome.Nurture:
                var date = reactivationOn ?? DateOnly.FromDateTime(at).AddMonths(definition.Cadence.NurtureMonths);
                if (lead.Stage == LifecycleStage.Nurture)
                    throw new DomainException("The lead is already in nurture.");
                moves.Add(Move(LifecycleStage.Nurture, $"{Framework} {verdict.Reason}{Evidence(CriterionState.Disqualifying)}", date));
                break;
        }

        var changes = moves.Select(lead.MoveTo).ToList();
        Status = AssessmentStatus.Completed;
        Outcome = verdict.Outcome;
        VerdictReason = verdict.Reason;
        CompletedAt = at;
        CompletedBy = actor;
        DefinitionVersion = definition.Version;
        Touch(actor, at);
        return changes;
    }

    private string Evidence(CriterionState state)
    {
        var notes = FrameworkCatalogue.Criteria(Framework)
            .Select(c => (c.Name, answer: AnswerTo(c.Key)))
            .Where(x => x.answer.State == state && x.answer.Evidence is not null)
            .Select(x => $"{x.Name}: {x.answer.Evidence}")
            .ToList();
        return notes.Count == 0 ? "" : $" ({string.Join("; ", notes)})";
    }

    private void Store(Dictionary<string, CriterionAnswer> answers, string actor, DateTime at)
    {
        _answers = answers;
        AnswersJson = JsonSerializer.Serialize(answers, Json);
        Touch(actor, at);
    }

    private void Touch(string actor, DateTime at)
    {
        UpdatedBy = actor;
        UpdatedAt = at;
    }

    private void EnsureDraft()
    {
        if (Status != AssessmentStatus.Draft)
            throw new DomainException("This qualification is finished; start a new one to change it.");
    }
}
