using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>
/// A lead as the queue sees it. Starts as a plain, workable lead scored 50 with no hand-raise, no touch
/// and nothing planned; times are relative to <see cref="TestClock.Now"/>.
/// </summary>
public sealed class QueueCandidateBuilder
{
    private int _id;
    private LifecycleStage _stage = LifecycleStage.Lead;
    private bool _doNotContact;
    private DateOnly? _reactivationOn;
    private int _score = 50;
    private DateTime? _handRaisedAt;
    private EngagementSignal? _signal;
    private DateTime? _touchedAt;
    private DateTime? _nextActionAt;
    private string? _nextActionNote;
    private DateOnly? _pausedUntil;
    private DateTime? _returnedAt;
    private string? _returnReason;

    private QueueCandidateBuilder(int id) => _id = id;

    public static QueueCandidateBuilder Lead(int id) => new(id);

    public QueueCandidateBuilder InStage(LifecycleStage stage) { _stage = stage; return this; }
    public QueueCandidateBuilder DoNotContact() { _doNotContact = true; return this; }
    public QueueCandidateBuilder Scored(int score) { _score = score; return this; }

    /// <summary>Recycled to marketing until <paramref name="on"/>.</summary>
    public QueueCandidateBuilder InNurtureUntil(DateOnly? on)
    {
        _stage = LifecycleStage.Nurture;
        _reactivationOn = on;
        return this;
    }

    public QueueCandidateBuilder HandRaised(DateTime at, EngagementSignal signal = EngagementSignal.DemoRequest)
    {
        _handRaisedAt = at;
        _signal = signal;
        return this;
    }

    public QueueCandidateBuilder HandRaisedMinutesAgo(double minutes, EngagementSignal signal = EngagementSignal.DemoRequest) =>
        HandRaised(TestClock.Now.AddMinutes(-minutes), signal);

    /// <summary>A hand-raise recorded before signals were stored: the time is known, the kind is not.</summary>
    public QueueCandidateBuilder WithoutSignal() { _signal = null; return this; }

    public QueueCandidateBuilder TouchedAt(DateTime at) { _touchedAt = at; return this; }

    public QueueCandidateBuilder NextActionAt(DateTime at, string? note = null)
    {
        _nextActionAt = at;
        _nextActionNote = note;
        return this;
    }

    /// <summary>Outreach paused until a day (an out-of-office reply).</summary>
    public QueueCandidateBuilder PausedUntil(DateOnly day) { _pausedUntil = day; return this; }

    /// <summary>Handed to an AE and sent back, with the AE's reason.</summary>
    public QueueCandidateBuilder ReturnedByAe(DateTime at, string reason)
    {
        _returnedAt = at;
        _returnReason = reason;
        return this;
    }

    public QueueCandidate Build() => new(
        _id, _stage, _doNotContact, _reactivationOn, _score, _handRaisedAt, _signal, _touchedAt, _nextActionAt, _nextActionNote, _pausedUntil,
        _returnedAt, _returnReason);
}
