using System.Numerics;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;

namespace SdrWorkspace.Domain.Scoring;

/// <summary>
/// What a lead's engagement score is computed from, kept so that a new event costs constant work and a score
/// at any later moment needs no event reads: per signal, how many events, the latest one, and the decayed sum.
/// <para>
/// The sum is exact and order independent, so a state built one event at a time, in any order, is the state built
/// from all events at once. Each event adds 2^((t - epoch) / halfLife) as a 53-bit integer mantissa shifted by whole
/// half-lives (a <see cref="BigInteger"/>); the score at <c>now</c> multiplies by 2^(-(now - epoch) / halfLife). A future
/// event counts in full until its time comes, so events at or after <see cref="RecentFrom"/> are also kept by time
/// and taken out of the sum while they are still ahead of the clock.
/// </para>
/// <para>
/// The sums depend on the half-life, on how replies are classified (the definition's reply signals) and on the
/// classification rules themselves (<see cref="ClassificationVersion"/>); a definition that changes one of those needs
/// the state rebuilt from events (<see cref="Fits"/>). Weights, caps, fit and thresholds apply at score time.
/// </para>
/// </summary>
public sealed class EngagementState
{
    /// <summary>Bumped whenever <see cref="EngagementSignals.Classify"/> changes, so stored states are rebuilt.</summary>
    public const byte ClassificationVersion = 1;

    private const byte FormatVersion = 1;
    private const int MantissaBits = 52;

    /// <summary>Times are decayed within these bounds: only hostile data lies outside, and it keeps the sums small.</summary>
    private static readonly DateTime Earliest = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly SortedDictionary<EngagementSignal, SignalSum> _signals;
    private readonly byte[] _replySignals;

    private EngagementState(double halfLifeDays, byte[] replySignals, long lastEventId, DateTime recentFrom, SortedDictionary<EngagementSignal, SignalSum> signals)
    {
        HalfLifeDays = halfLifeDays;
        _replySignals = replySignals;
        LastEventId = lastEventId;
        RecentFrom = recentFrom;
        _signals = signals;
    }

    public double HalfLifeDays { get; }

    /// <summary>The highest event id folded in: only later events are still to be added.</summary>
    public long LastEventId { get; private set; }

    /// <summary>Every event at or after this time is also kept by its time; the state scores any moment from here on.</summary>
    public DateTime RecentFrom { get; private set; }

    /// <summary>An empty state for a definition, able to score from <paramref name="now"/> on.</summary>
    public static EngagementState Empty(QualificationDefinition definition, DateTime now) =>
        new(definition.Engagement.HalfLifeDays, ReplySignalsOf(definition), 0, now, []);

    /// <summary>The state of a lead's events, as of <paramref name="now"/>.</summary>
    public static EngagementState From(QualificationDefinition definition, IEnumerable<EngagementFact> events, DateTime now)
    {
        var state = Empty(definition, now);
        foreach (var fact in events)
            state.Add(fact);
        return state;
    }

    /// <summary>Whether this state was built the way the definition classifies and decays events; if not, rebuild it from the events.</summary>
    public bool Fits(QualificationDefinition definition) =>
        HalfLifeDays.Equals(definition.Engagement.HalfLifeDays) && _replySignals.AsSpan().SequenceEqual(ReplySignalsOf(definition));

    /// <summary>Whether the state can score this moment: not before the time it keeps future events from (a clock set back).</summary>
    public bool CanScoreAt(DateTime now) => now >= RecentFrom;

    /// <summary>Folds in one event, in constant work (plus a shift when it is older than every event before it).</summary>
    public void Add(EngagementFact fact, long eventId = 0)
    {
        var signal = EngagementSignals.Classify(fact, ReplySignal);
        if (!_signals.TryGetValue(signal, out var sum))
            _signals[signal] = sum = new SignalSum();
        sum.Add(fact.OccurredAt, Exponent(fact.OccurredAt, HalfLifeDays), fact.OccurredAt >= RecentFrom);
        LastEventId = Math.Max(LastEventId, eventId);
    }

    /// <summary>Forgets the times of events that are no longer ahead of <paramref name="now"/>; the scores do not change.</summary>
    public void Settle(DateTime now)
    {
        if (now <= RecentFrom)
            return;
        RecentFrom = now;
        foreach (var sum in _signals.Values)
            sum.Recent.RemoveAll(ticks => ticks < now.Ticks);
    }

    /// <summary>The signals events were classified as, with how many and the latest time.</summary>
    public IEnumerable<(EngagementSignal Signal, int Count, DateTime Latest)> Signals =>
        _signals.Select(s => (s.Key, s.Value.Count, s.Value.Latest));

    public int CountOf(EngagementSignal signal) => _signals.TryGetValue(signal, out var sum) ? sum.Count : 0;

    /// <summary>
    /// The events of a signal weighed by their age at <paramref name="now"/>: each counts 1/2 per half-life of age, a
    /// future one counts 1. The same number for the same events however they were added.
    /// </summary>
    public double DecayedCount(EngagementSignal signal, DateTime now)
    {
        if (!CanScoreAt(now))
            throw new InvalidOperationException($"This state scores from {RecentFrom:O} on, not at {now:O}; rebuild it from the events.");
        if (!_signals.TryGetValue(signal, out var sum))
            return 0;
        var past = sum.Sum;
        var ahead = 0;
        foreach (var ticks in sum.Recent)
        {
            if (ticks < now.Ticks)
                continue;
            past -= sum.Shifted(Exponent(new DateTime(ticks, DateTimeKind.Utc), HalfLifeDays));
            ahead++;
        }
        return Scale(past, sum.Base - MantissaBits - Position(now, HalfLifeDays)) + ahead;
    }

    private EngagementSignal ReplySignal(DispositionCode code) => (EngagementSignal)_replySignals[(int)code];

    private static byte[] ReplySignalsOf(QualificationDefinition definition) =>
        [.. Enumerable.Range(0, Enum.GetValues<DispositionCode>().Max(c => (int)c) + 1).Select(c => (byte)definition.ReplySignal((DispositionCode)c))];

    /// <summary>Where a time lies in half-lives since the epoch.</summary>
    private static double Position(DateTime at, double halfLifeDays)
    {
        if (halfLifeDays <= 0)
            return 0;
        var clamped = at < Earliest ? Earliest : at > Latest ? Latest : at;
        return (clamped - Earliest).Ticks / (halfLifeDays * TimeSpan.TicksPerDay);
    }

    /// <summary>2^position as a 53-bit mantissa and a whole number of half-lives: the exact quantity an event adds.</summary>
    private static (long Mantissa, int Whole) Exponent(DateTime at, double halfLifeDays)
    {
        var position = Position(at, halfLifeDays);
        var whole = (int)Math.Floor(position);
        return ((long)Math.Round(Math.Pow(2, position - whole) * (1L << MantissaBits)), whole);
    }

    /// <summary>value * 2^exponent as a double, from the top bits of the integer (the rest is below a double's precision).</summary>
    private static double Scale(BigInteger value, double exponent)
    {
        if (value.IsZero)
            return 0;
        var drop = (int)Math.Max(0, value.GetBitLength() - 62);
        return (double)(long)(value >> drop) * Math.Pow(2, exponent + drop);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write(FormatVersion);
        w.Write(ClassificationVersion);
        w.Write(HalfLifeDays);
        w.Write7BitEncodedInt(_replySignals.Length);
        w.Write(_replySignals);
        w.Write7BitEncodedInt64(LastEventId);
        w.Write(RecentFrom.Ticks);
        w.Write7BitEncodedInt(_signals.Count);
        foreach (var (signal, sum) in _signals)
        {
            w.Write((byte)signal);
            w.Write7BitEncodedInt(sum.Count);
            w.Write(sum.Latest.Ticks);
            w.Write(sum.Base);
            var bytes = sum.Sum.ToByteArray(isUnsigned: true);
            w.Write7BitEncodedInt(bytes.Length);
            w.Write(bytes);
            w.Write7BitEncodedInt(sum.Recent.Count);
            foreach (var ticks in sum.Recent)
                w.Write(ticks);
        }
        w.Flush();
        return stream.ToArray();
    }

    /// <summary>A stored state, or null when there is none or it was stored by older rules (then it is rebuilt from events).</summary>
    public static EngagementState? FromBytes(byte[]? bytes)
    {
        if (bytes is not { Length: > 2 } || bytes[0] != FormatVersion || bytes[1] != ClassificationVersion)
            return null;
        using var r = new BinaryReader(new MemoryStream(bytes, 2, bytes.Length - 2));
        var halfLife = r.ReadDouble();
        var replySignals = r.ReadBytes(r.Read7BitEncodedInt());
        var lastEventId = r.Read7BitEncodedInt64();
        var recentFrom = new DateTime(r.ReadInt64(), DateTimeKind.Utc);
        var signals = new SortedDictionary<EngagementSignal, SignalSum>();
        for (var count = r.Read7BitEncodedInt(); count > 0; count--)
        {
            var signal = (EngagementSignal)r.ReadByte();
            var sum = new SignalSum
            {
                Count = r.Read7BitEncodedInt(),
                Latest = new DateTime(r.ReadInt64(), DateTimeKind.Utc),
                Base = r.ReadInt32(),
                Sum = new BigInteger(r.ReadBytes(r.Read7BitEncodedInt()), isUnsigned: true),
            };
            for (var recent = r.Read7BitEncodedInt(); recent > 0; recent--)
                sum.Recent.Add(r.ReadInt64());
            signals[signal] = sum;
        }
        return new EngagementState(halfLife, replySignals, lastEventId, recentFrom, signals);
    }

    /// <summary>One signal's events: the sum is in units of 2^(Base - 52) half-life factors; Base is the oldest event's whole half-lives.</summary>
    private sealed class SignalSum
    {
        public int Count;
        public DateTime Latest;
        public int Base;
        public BigInteger Sum;
        /// <summary>Times (ticks) of the events at or after <see cref="RecentFrom"/>, in order.</summary>
        public readonly List<long> Recent = [];

        public void Add(DateTime at, (long Mantissa, int Whole) exponent, bool recent)
        {
            if (Count == 0)
                Base = exponent.Whole;
            else if (exponent.Whole < Base)
            {
                Sum <<= Base - exponent.Whole;
                Base = exponent.Whole;
            }
            Sum += Shifted(exponent);
            Latest = Count == 0 || at > Latest ? at : Latest;
            Count++;
            if (recent)
            {
                var index = Recent.BinarySearch(at.Ticks);
                Recent.Insert(index < 0 ? ~index : index, at.Ticks);
            }
        }

        public BigInteger Shifted((long Mantissa, int Whole) exponent) => new BigInteger(exponent.Mantissa) << (exponent.Whole - Base);
    }
}
