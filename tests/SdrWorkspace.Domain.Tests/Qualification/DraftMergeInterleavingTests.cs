using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Qualification;

/// <summary>
/// Two people edit one draft in random interleavings: each types into random fields, saves at random points
/// (sometimes typing on while the save is under way) and now and then hears of the other's save. Each form
/// keeps its basis with <see cref="DraftMerge.Rebase"/>, as the page does; the server merges with
/// <see cref="DraftMerge.Apply"/>. A plain model of what each person has seen checks every step: a save only
/// changes fields its author changed, overwrites only values the author had seen, and reports every clash
/// (and only those) with the author's text; a form never drops typing and otherwise shows the server's value.
/// </summary>
public class DraftMergeInterleavingTests
{
    private const string Notes = "notes";
    private static readonly IReadOnlyList<FrameworkCriterion> Criteria = FrameworkCatalogue.Criteria(Framework.BANT);
    private static readonly string[] Fields = [.. Criteria.Select(c => c.Key), Notes];
    // Few values, so people often type the same text, or put a field back to what it was.
    private static readonly string?[] Texts = [null, "40k", "VP signs", "Q3"];

    [Fact]
    public void NoSavedFieldIsLostUnlessSomeoneWhoHadSeenItChangedItAndEveryClashIsReported()
    {
        for (var seed = 0; seed < 2000; seed++)
        {
            var random = new Random(seed);
            var server = Assessments.Start(LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build());
            var people = new[] { new Person("sdr", DraftState.Of(server)), new Person("manager", DraftState.Of(server)) };
            for (var step = 0; step < 40; step++)
            {
                var person = people[random.Next(people.Length)];
                var context = $"seed {seed}, step {step}, {person.Name}";
                var action = random.Next(5);
                if (action < 2)
                {
                    var field = Fields[random.Next(Fields.Length)];
                    person.Type(field, RandomValue(random, field));
                }
                else if (person.InFlight is not null)
                    person.Receive(context);
                else if (action == 2)
                    person.Send(server, context);
                else
                    person.Refresh(DraftState.Of(server), context);
            }
        }
    }

    private static object? RandomValue(Random random, string field) =>
        field == Notes
            ? Texts[random.Next(Texts.Length)]
            : new CriterionAnswer((CriterionState)random.Next(4), Texts[random.Next(Texts.Length)]);

    private static object? ValueOf(DraftState state, string field) => field == Notes ? state.Notes : state.AnswerTo(field);

    private static DraftState With(DraftState state, string field, object? value) =>
        field == Notes
            ? state with { Notes = (string?)value }
            : state with { Answers = new Dictionary<string, CriterionAnswer>(state.Answers) { [field] = (CriterionAnswer)value! } };

    private static string NameOf(string field) => field == Notes ? "Notes" : Criteria.Single(c => c.Key == field).Name;

    private static string? TextOf(object? value) => value is CriterionAnswer answer ? answer.Evidence : (string?)value;

    private sealed record Save(DraftState Sent, DraftState Server, IReadOnlySet<string> Stuck);

    private sealed class Person(string name, DraftState loaded)
    {
        // What the form keeps (as the page does).
        private DraftState _basis = loaded;
        private DraftState _local = loaded;

        // The model: per field, the server's value this person last saw (or saved themselves).
        private readonly Dictionary<string, object?> _seen = Fields.ToDictionary(f => f, f => ValueOf(loaded, f));

        public string Name { get; } = name;

        public Save? InFlight { get; private set; }

        public void Type(string field, object? value) => _local = With(_local, field, value);

        public void Send(Assessment server, string context)
        {
            var before = DraftState.Of(server);
            var conflicts = DraftMerge.Apply(server, _basis, _local, Name, TestClock.Now);
            var after = DraftState.Of(server);

            var stuck = new HashSet<string>();
            var clashes = new Dictionary<string, string?>();
            foreach (var field in Fields)
            {
                var (mine, theirs, seen) = (ValueOf(_local, field), ValueOf(before, field), _seen[field]);
                var expected = theirs;
                if (!Equals(mine, seen))
                {
                    if (Equals(theirs, seen) || Equals(theirs, mine))
                    {
                        expected = mine;
                        stuck.Add(field);
                    }
                    else
                        clashes[NameOf(field)] = TextOf(mine);
                }
                Assert.True(Equals(expected, ValueOf(after, field)), $"{context}: {field} is {ValueOf(after, field)} on the server, expected {expected}");
            }
            Assert.Equal(clashes.OrderBy(c => c.Key), conflicts.Select(c => KeyValuePair.Create(c.Field, c.YourText)).OrderBy(c => c.Key));
            InFlight = new Save(_local, after, stuck);
        }

        public void Receive(string context)
        {
            var save = InFlight!;
            var typed = _local;
            (_basis, _local) = DraftMerge.Rebase(_basis, save.Sent, _local, save.Server);
            foreach (var field in Fields)
            {
                if (!Equals(ValueOf(typed, field), ValueOf(save.Sent, field)))
                {
                    Assert.True(Equals(ValueOf(typed, field), ValueOf(_local, field)), $"{context}: typing in {field} during the save was dropped");
                    if (save.Stuck.Contains(field))
                        _seen[field] = ValueOf(save.Sent, field);
                }
                else
                {
                    Assert.True(Equals(ValueOf(save.Server, field), ValueOf(_local, field)), $"{context}: {field} does not show the saved value");
                    _seen[field] = ValueOf(save.Server, field);
                }
            }
            InFlight = null;
        }

        public void Refresh(DraftState server, string context)
        {
            var typed = _local;
            (_basis, _local) = DraftMerge.Rebase(_basis, _basis, _local, server);
            foreach (var field in Fields)
            {
                if (!Equals(ValueOf(typed, field), _seen[field]))
                {
                    Assert.True(Equals(ValueOf(typed, field), ValueOf(_local, field)), $"{context}: unsaved typing in {field} was dropped");
                }
                else
                {
                    Assert.True(Equals(ValueOf(server, field), ValueOf(_local, field)), $"{context}: {field} still shows stale text");
                    _seen[field] = ValueOf(server, field);
                }
            }
        }
    }
}
