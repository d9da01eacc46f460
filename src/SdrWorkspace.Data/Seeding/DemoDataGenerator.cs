using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Data.Seeding;

public sealed record DemoDataCounts(int Leads, int Accounts, int Events, int Touches);

/// <summary>
/// A realistic, reproducible demo company: accounts across industries and sizes, six months of
/// engagement, replies (some coded, some waiting), touches and stage histories. Every stage change
/// goes through the domain's scoring and lifecycle rules, exactly as live data does.
/// </summary>
internal sealed class DemoDataGenerator(
    SdrDbContext db, UserManager<AppUser> users, QualificationDefinition definition, DemoDataOptions options, DateTime now)
{
    private const int HistoryDays = 180;
    private readonly Faker _faker = new() { Random = new Randomizer(options.RandomSeed) };
    private Randomizer Random => _faker.Random;

    public async Task<DemoDataCounts> GenerateAsync(CancellationToken cancellationToken)
    {
        var team = await CreateUsersAsync();
        var sdrs = team.Where(u => u.Role == Roles.Sdr).ToList();
        var aes = team.Where(u => u.Role == Roles.AccountExecutive).Select(u => u.Actor).ToList();

        // The first accounts take the definition's ICP industries in turn, so each is there to find and filter by.
        var icpIndustries = definition.Fit.Where(c => c.Attribute == FitAttribute.Industry).SelectMany(c => c.Matches).Select(m => m.Value)
            .OfType<string>().ToList();
        var accounts = Enumerable.Range(0, options.Accounts)
            .Select(i => NewAccount(i, i < icpIndustries.Count ? icpIndustries[i] : Pick(Industries))).DistinctBy(a => a.Domain).ToList();
        var plans = Enumerable.Range(0, options.Leads).Select(i => PlanLead(i, accounts, sdrs, aes)).ToList();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Accounts.AddRange(accounts);
        db.Leads.AddRange(plans.Select(p => p.Lead));
        await db.SaveChangesAsync(cancellationToken);
        AddHandoffs(plans.Select(p => p.Lead).ToList(), team);
        await db.SaveChangesAsync(cancellationToken);

        // The bulk of the rows (events, touches) go in through prepared statements: seconds instead of minutes.
        var actors = team.ToDictionary(u => u.Id, u => u.Actor);
        var events = await BulkInsertAsync(
            "INSERT INTO EngagementEvents (LeadId, Type, OccurredAt, Url, Subject, Text, Disposition, CodedAt, CodedBy) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            plans.SelectMany(p => p.Events.Select(e => new object?[]
            {
                p.Lead.Id, e.Type.ToString(), e.At, e.Url, e.Subject, e.Text, e.Disposition?.ToString(),
                e.Disposition is null ? null : e.At.AddHours(1),
                e.Disposition is null ? null : actors[p.Lead.OwnerId!],
            })),
            cancellationToken);
        var touches = await BulkInsertAsync(
            "INSERT INTO Touches (LeadId, Channel, Outcome, At, ByUserId) VALUES ($1, $2, $3, $4, $5)",
            plans.SelectMany(p => p.Touches.Select(t => new object?[] { p.Lead.Id, t.Channel.ToString(), t.Outcome.ToString(), t.At, p.Lead.OwnerId })),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        return new DemoDataCounts(plans.Count, accounts.Count, events, touches);
    }

    /// <summary>
    /// Hand-offs in flight, without drawing on the random sequence (so the rest of the demo stays as it was):
    /// SQLs waiting for an AE, in turn, except the main demo SDR's (left for them to hand over), and
    /// marketing's questions on the latest MQL rejections.
    /// </summary>
    private void AddHandoffs(List<Lead> leads, List<TeamMember> team)
    {
        var aes = team.Where(u => u.Role == Roles.AccountExecutive).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var owners = team.ToDictionary(u => u.Id);
        var demoSdr = team.First(u => u.Actor == DemoUsers.Sdr.Email).Id;
        var sqls = leads.Where(l => l.Stage == LifecycleStage.SQL && l.OwnerId is { } o && o != demoSdr).OrderBy(l => l.Id).ToList();
        for (var i = 0; i < sqls.Count; i++)
        {
            var sdr = owners[sqls[i].OwnerId!];
            var at = Min(sqls[i].StageChangedAt.AddHours(2), now.AddMinutes(-30));
            db.Handovers.Add(SqlHandover.Start(sqls[i], new Actor(sdr.Id, sdr.Actor, [Roles.Sdr]), aes[i % aes.Count].Id, byRule: true, definition, at));
        }

        var marketing = team.First(u => u.Role == Roles.Marketing);
        var rejections = leads.SelectMany(l => l.StageHistory).Where(RejectionComment.IsMqlRejection)
            .OrderByDescending(c => c.At).ThenBy(c => c.Id).Take(MarketingQuestions.Length).ToList();
        for (var i = 0; i < rejections.Count; i++)
            db.RejectionComments.Add(RejectionComment.On(rejections[i], new Actor(marketing.Id, marketing.Actor, [Roles.Marketing]),
                MarketingQuestions[i], Min(rejections[i].At.AddHours(3), now.AddMinutes(-5))));
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static readonly string[] MarketingQuestions =
    [
        "This came from the pricing-page retargeting campaign; was the contact wrong, or the company?",
        "We scored the webinar attendance high. Should webinars count for less?",
        "Could this go to nurture instead? They downloaded two guides this month.",
    ];

    private async Task<int> BulkInsertAsync(string sql, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        PreparedStatement? insert = null;
        var count = 0;
        try
        {
            foreach (var row in rows)
            {
                insert ??= PreparedStatement.In(db, sql, Enumerable.Range(1, row.Length).Select(i => $"${i}"));
                count += await insert.RunAsync(cancellationToken, row);
            }
        }
        finally
        {
            if (insert is not null)
                await insert.DisposeAsync();
        }
        return count;
    }

    private sealed record TeamMember(string Id, string Actor, string Role);

    private async Task<List<TeamMember>> CreateUsersAsync()
    {
        var team = new List<TeamMember>();
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = demo.Email, Email = demo.Email, EmailConfirmed = true,
                    DisplayName = demo.DisplayName, IsActive = demo.IsActive,
                };
                Check(await users.CreateAsync(user, options.Password));
                Check(await users.AddToRoleAsync(user, demo.Role));
            }
            team.Add(new TeamMember(user.Id, user.Email!, demo.Role));
        }
        return team;

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
                throw new InvalidOperationException("Demo user not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static readonly (string Name, float Weight)[] Industries =
    [
        ("Software", 25), ("Internet", 12), ("Financial Services", 12), ("Professional Services", 10),
        ("Manufacturing", 10), ("Healthcare", 8), ("Retail", 8), ("Education", 5), ("Logistics", 5), ("Government", 5),
    ];

    private static readonly (string Name, float Weight)[] Countries =
    [
        ("United States", 42), ("United Kingdom", 8), ("Germany", 7), ("Canada", 5), ("France", 4), ("Netherlands", 3),
        ("Sweden", 2), ("Spain", 2), ("Ireland", 2), ("Australia", 6), ("India", 6), ("Brazil", 4), ("Japan", 3),
        ("Singapore", 2), ("Mexico", 3),
    ];

    private Account NewAccount(int index, string industry)
    {
        var name = _faker.Company.CompanyName();
        var slug = new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        var employees = (int)Math.Round(Math.Exp(Random.Double(Math.Log(5), Math.Log(25_000))));
        var revenue = Math.Round(employees * (decimal)Random.Double(80, 320)) * 1000;
        return new Account(name, $"{slug}{index % 7}.com", industry, employees, revenue, Pick(Countries));
    }

    /// <summary>One of the options by weight; Bogus wants weights that sum to 1, so they are scaled to that.</summary>
    private string Pick((string Name, float Weight)[] options)
    {
        var total = options.Sum(o => o.Weight);
        return Random.WeightedRandom(options.Select(o => o.Name).ToArray(), options.Select(o => o.Weight / total).ToArray());
    }

    private static readonly string[] Sources =
        ["Website", "Webinar", "Content syndication", "Paid search", "Outbound", "Event", "Referral", "Partner"];

    private static readonly Dictionary<string, string[]> CampaignsBySource = new()
    {
        ["Website"] = ["Pricing page", "Demo request form", "Blog newsletter"],
        ["Webinar"] = ["Pipeline Math webinar", "RevOps Live: forecasting"],
        ["Content syndication"] = ["State of SDR 2026 e-book", "Lead scoring playbook"],
        ["Paid search"] = ["Brand search", "Competitor terms"],
        ["Outbound"] = ["ABM Tier 1", "Outbound sequence A"],
        ["Event"] = ["SaaStr booth", "Revenue Summit Berlin"],
        ["Referral"] = ["Customer referral"],
        ["Partner"] = ["Partner co-marketing"],
    };

    private LeadPlan PlanLead(int index, List<Account> accounts, List<TeamMember> sdrs, List<string> aes)
    {
        var created = now.AddDays(-HistoryDays * Math.Pow(Random.Double(), 1.3)).AddMinutes(-Random.Int(5, 600));
        var source = Random.ArrayElement(Sources);
        var account = Random.Bool(0.04f) ? null : Random.ListItem(accounts);
        var (first, last) = (_faker.Name.FirstName(), _faker.Name.LastName());
        var domain = account?.Domain ?? Random.ArrayElement(["gmail.com", "outlook.com", "yahoo.com"]);
        var email = $"{Slug(first)}.{Slug(last)}{index}@{domain}";
        var title = account is null && Random.Bool(0.7f) ? null : Title();
        // Every lead is owned: the assignment rule gives a new lead an owner the moment it arrives.
        var owner = sdrs[index % sdrs.Count];

        var lead = new Lead(
            new NewLead(email, first, last, title, _faker.Phone.PhoneNumber("+1 ###-###-####"), source,
                Random.ArrayElement(CampaignsBySource[source]), account, owner.Id, BuyingRoleFor(TitleParser.SeniorityOf(title))),
            $"import:{source}", definition.Version, created);

        lead.AssignTo(owner.Id, created);
        var plan = new LeadPlan(lead);
        AddEngagement(plan, created);
        // A few leads per SDR raised their hand minutes ago and wait for a first response (speed to lead).
        var freshHandRaise = index % 101 == 3;
        if (freshHandRaise)
            plan.Events.Add(new PlannedEvent(EngagementType.DemoRequest, now.AddMinutes(-Random.Double(0.5, 4)), "/demo"));
        RunHistory(plan, owner.Actor, aes);
        PlanTouches(plan, created, freshHandRaise ? now.AddHours(-1) : now);
        SettleCadence(plan);
        if (!lead.DoNotContact)
        {
            var earlier = new List<CadenceTouch>();
            foreach (var touch in plan.Touches)
            {
                lead.RecordTouch(new Touch(lead.Id, touch.Channel, touch.Outcome, touch.At, owner.Id), definition.Cadence, earlier);
                earlier.Add(new CadenceTouch(touch.At, touch.Channel, touch.Outcome));
            }
        }
        // The stored score is the engine's score as of now, as live re-scoring would leave it.
        lead.ApplyScore(LeadScorer.Score(definition, lead.FitProfile, plan.Events.Select(e => e.Fact), now), now);
        PlanNextStep(lead, created, turn: index / sdrs.Count);
        return plan;
    }

    /// <summary>
    /// What the recycling job would have done over the lead's history, done when it would have done it: a cadence
    /// spent without a response sends the lead to nurture (or out), whose reactivation date, once come, brings it back
    /// for a fresh cadence. So a pass of the job over the new data finds nothing to do.
    /// </summary>
    private void SettleCadence(LeadPlan plan)
    {
        var lead = plan.Lead;
        var today = DateOnly.FromDateTime(now);
        while (true)
        {
            if (lead.Stage == LifecycleStage.Nurture && lead.ReactivationOn is { } on && on <= today)
            {
                var back = Min(Max(on.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), lead.StageChangedAt.AddMinutes(15)), now);
                if (Recycling.ReactivateIfDue(lead, definition.Version, back) is null)
                    return;
                continue;
            }
            if (!Recycling.CadenceStages.Contains(lead.Stage) || lead.DoNotContact || SpentAt(plan) is not { } spent)
                return;
            var at = Min(Max(spent, lead.StageChangedAt).AddMinutes(Random.Int(1, 15)), now);
            plan.Touches.RemoveAll(t => t.At > at);
            if (Recycling.RecycleIfSpent(lead, definition, plan.Touches.Select(t => (t.At, Touch.IsResponseOutcome(t.Outcome))), at) is null)
                return;
        }
    }

    /// <summary>The first moment the lead's current cadence (<see cref="Recycling.CadenceStart"/>) was spent, if before now.</summary>
    private DateTime? SpentAt(LeadPlan plan)
    {
        var since = Recycling.CadenceStart(plan.Lead);
        var cadence = plan.Touches.Where(t => t.At >= since).Select(t => (t.At, IsResponse: Touch.IsResponseOutcome(t.Outcome))).OrderBy(t => t.At).ToList();
        if (cadence.Count == 0)
            return null;
        var policy = definition.Cadence;
        var first = cadence[0].At;
        // The phase only moves on at a touch or when a day limit passes, so those are the moments to look at.
        var moments = cadence.Select(t => t.At).Append(first.AddDays(policy.MinDays)).Append(first.AddDays(policy.MaxDays)).Where(m => m < now).Order();
        foreach (var moment in moments)
        {
            if (CadenceEvaluator.Evaluate(policy, cadence.Where(t => t.At <= moment).ToList(), moment).Phase == CadencePhase.Exhausted)
                return moment;
        }
        return null;
    }

    private void AddEngagement(LeadPlan plan, DateTime created)
    {
        var fitHint = plan.Lead.Account?.Industry is "Software" or "Internet" or "Financial Services" or "Professional Services";
        var intensity = Random.Double() + (fitHint ? 0.15 : 0);
        DateTime When() => created.AddMinutes(Random.Double() * (now - created).TotalMinutes);
        void Add(EngagementType type, int count, string? url = null)
        {
            for (var i = 0; i < count; i++)
                plan.Events.Add(new PlannedEvent(type, When(), url));
        }

        Add(EngagementType.EmailOpen, Random.Int(0, 8));
        if (plan.Lead.Source is "Website" or "Paid search")
            Add(EngagementType.FormSubmit, 1);
        if (intensity > 0.35)
        {
            Add(EngagementType.EmailClick, Random.Int(0, 3));
            Add(EngagementType.PageVisit, Random.Int(1, 5), Random.ArrayElement(["/blog/lead-scoring", "/product", "/customers", "/integrations"]));
        }
        if (intensity > 0.72)
        {
            Add(EngagementType.ContentDownload, 1, "/resources/state-of-sdr-2026");
            Add(EngagementType.PageVisit, Random.Int(1, 2), "/pricing");
            if (Random.Bool(0.5f))
            {
                Add(EngagementType.WebinarRegistered, 1);
                if (Random.Bool(0.6f))
                    Add(EngagementType.WebinarAttended, 1);
            }
        }
        if (intensity > 0.95)
            Add(Random.Bool(0.6f) ? EngagementType.DemoRequest : EngagementType.MeetingBooked, 1, "/demo");
        if (Random.Bool(0.14f))
        {
            var (code, text) = Random.ArrayElement(Replies);
            var reply = new PlannedEvent(EngagementType.EmailReply, When(), null, "Re: " + Random.ArrayElement(Subjects), text,
                Random.Bool(0.7f) ? code : null);
            plan.Events.Add(reply);
        }
        if (Random.Bool(0.01f))
            Add(EngagementType.Unsubscribe, 1);
        plan.Events.Sort((a, b) => a.At.CompareTo(b.At));
    }

    /// <summary>Replays the lead's life through the engine: scoring at each event, coded replies, then people's decisions.</summary>
    private void RunHistory(LeadPlan plan, string sdr, List<string> aes)
    {
        var lead = plan.Lead;
        var facts = new List<EngagementFact>();
        foreach (var e in plan.Events)
        {
            facts.Add(e.Fact);
            var card = LeadScorer.Score(definition, lead.FitProfile, facts, e.At);
            lead.ApplyScore(card, e.At);
            if (e.Type == EngagementType.Unsubscribe)
                lead.MarkDoNotContact();
            if (e.Disposition is { } code)
                ApplyDisposition(lead, code, sdr, definition.Mql.FitsIcp(card.Fit), e.At.AddHours(Random.Double(0.1, 6)));
        }

                var at = lead.StageChangedAt;
        bool Move(LifecycleStage to, string actor, string reason, double minHours, double maxHours, DateOnly? reactivation = null)
        {
            var when = at.AddHours(Random.Double(minHours, maxHours));
            if (when >= now || !LifecycleRules.CanMove(lead.Stage, to))
                return false;
            lead.MoveTo(new StageMove(to, actor, reason, definition.Version, when, reactivation ?? (to == LifecycleStage.Nurture ? DateOnly.FromDateTime(when).AddMonths(definition.Cadence.NurtureMonths) : null)));
            at = when;
            return true;
        }

        if (lead.DoNotContact)
            return;
        var roll = Random.Double();
        switch (lead.Stage)
        {
            case LifecycleStage.MQL when roll < 0.15:
                Move(LifecycleStage.Lead, sdr, Random.ArrayElement(MqlRejections), 1, 30);
                return;
            case LifecycleStage.MQL when roll < 0.85:
                if (!Move(LifecycleStage.SAL, sdr, "Accepted: fits the ICP and shows intent", 0.05, 30))
                    return;
                break;
            case LifecycleStage.Lead when (now - lead.CreatedAt).TotalDays > 30 && roll < 0.17:
                Move(LifecycleStage.Disqualified, sdr, "Not ICP: no fit with the product", 24, 24 * 10);
                return;
            default:
                return;
        }

        roll = Random.Double();
        if (roll < 0.15)
        {
            Move(LifecycleStage.Nurture, sdr, "BANT: Timeline disqualifying, budget next fiscal year", 24, 24 * 8);
            return;
        }
        if (roll < 0.25)
        {
            Move(LifecycleStage.Disqualified, sdr, "BANT: Budget disqualifying, no budget for this", 24, 24 * 8);
            return;
        }
        if (roll > 0.5 || !Move(LifecycleStage.SQL, sdr, "BANT qualified: Budget, Authority and Need confirmed, Timeline partial: 3 of 4, needs 3", 24, 24 * 10))
            return;

        roll = Random.Double();
        if (roll < 0.6)
            Move(LifecycleStage.Opportunity, Random.ListItem(aes), $"Accepted by AE: estimated ${Random.Int(12, 180)}K", 2, 24 * 3);
        else if (roll < 0.72 && at.AddHours(Random.Double(2, 24 * 3)) is var returned && returned < now)
            lead.ReturnFromAe(Random.ListItem(aes), "Economic buyer not confirmed", definition.Version, returned);
    }

    private void ApplyDisposition(Lead lead, DispositionCode code, string actor, bool fitsIcp, DateTime at)
    {
        var effect = definition.Disposition(code);
        var date = effect.NeedsDate ? DateOnly.FromDateTime(at).AddDays(Random.Int(7, 90)) : (DateOnly?)null;
        var outcome = DispositionRules.Outcome(effect, lead.Stage, fitsIcp, date, at);
        if (outcome.DoNotContact)
            lead.MarkDoNotContact();
        if (outcome.MoveTo is { } stage && at < now)
            lead.MoveTo(new StageMove(stage, actor, outcome.Reason, definition.Version, at, outcome.ReactivationOn));
    }

    /// <summary>
    /// An open lead's next step is the rule's (<see cref="FollowUpSchedule"/>), set as its touches were recorded. The
    /// demo SDRs keep their plans current: a step that fell due before today was moved to one of the coming ten working
    /// days, except on about one of their leads in twenty, left overdue since a day or two, and one in twelve moved to
    /// today, so "Overdue" and "Due today" show a realistic handful. About one lead in eight carries a step its SDR typed
    /// (drawn as before, so the rest of the demo stays as it was).
    /// </summary>
    /// <param name="turn">Which of its owner's leads this is (leads go to the SDRs in turn).</param>
    private void PlanNextStep(Lead lead, DateTime created, int turn)
    {
        var today = now.Date;
        if (!LifecycleRules.IsClosed(lead.Stage) && lead.Stage != LifecycleStage.SQL && Random.Bool(0.12f))
        {
            var plannedAt = Max(created, now.AddDays(-5));
            var due = now.AddHours(Random.Double(-72, 168));
            if (due > plannedAt)
            {
                var typed = Random.ArrayElement(NextSteps);
                if (lead.IsOpenForFollowUp && due >= today)
                {
                    lead.PlanNextAction(due, typed, plannedAt);
                    return;
                }
            }
        }
        if (lead.NextActionAt is not { } ruled || ruled >= today)
            return;
        var moved = turn % 20 == 7 ? today.AddDays(-1 - turn % 2).Add(ruled.TimeOfDay)
            : turn % 12 == 5 ? today.AddHours(8 + turn % 8)
            : SlaClock.AddWorkingDays(today.Add(ruled.TimeOfDay), 1 + turn % 10);
        lead.PlanNextAction(moved, lead.NextActionNote, Min(moved, ruled));
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static readonly string[] NextSteps =
    [
        "Call back after their board meeting", "Send the RevOps case study", "Follow up on pricing question",
        "Try the mobile number in the morning", "Ask for an intro to the VP of Sales",
    ];

    /// <summary>The SDR's touches from the lead's creation on; <see cref="SettleCadence"/> may cut them short.</summary>
    private void PlanTouches(LeadPlan plan, DateTime created, DateTime until)
    {
        var responded = plan.Lead.Stage is LifecycleStage.SAL or LifecycleStage.SQL or LifecycleStage.Opportunity;
        var qualified = plan.Lead.StageHistory.Any(c => c.To == LifecycleStage.SQL);
        var count = Random.Int(responded ? 1 : 0, plan.Lead.Stage == LifecycleStage.Nurture ? 12 : 9);
        var at = created.AddHours(Random.Double(0.05, 30));
        for (var i = 0; i < count && at < until; i++)
        {
            var next = at.AddHours(Random.Double(20, 80));
            var last = i == count - 1 || next >= until;
            var channel = Random.WeightedRandom([TouchChannel.Email, TouchChannel.Call, TouchChannel.LinkedIn], [0.5f, 0.35f, 0.15f]);
            // A lead that answered was last reached by phone; one that became an SQL booked its meeting on that call.
            if (responded && last)
                channel = TouchChannel.Call;
            var outcome = channel switch
            {
                TouchChannel.Call when responded && last => qualified ? TouchOutcome.MeetingBooked : TouchOutcome.Connected,
                TouchChannel.Call => Random.Bool(0.6f) ? TouchOutcome.NoAnswer : TouchOutcome.LeftVoicemail,
                _ => TouchOutcome.Sent,
            };
            plan.Touches.Add(new PlannedTouch(channel, outcome, at));
            at = next;
        }
    }

    private string? Title()
    {
        var seniority = Random.WeightedRandom(["C", "VP", "Director", "Manager", "IC"], [0.08f, 0.12f, 0.2f, 0.25f, 0.35f]);
        var function = Random.WeightedRandom(
            ["Sales", "Marketing", "Revenue Operations", "IT", "Engineering", "Finance", "Operations", "Human Resources"],
            [0.22f, 0.22f, 0.1f, 0.12f, 0.12f, 0.08f, 0.08f, 0.06f]);
        return seniority switch
        {
            "C" => function switch
            {
                "Sales" or "Revenue Operations" => "Chief Revenue Officer",
                "Marketing" => "Chief Marketing Officer",
                "IT" => "Chief Information Officer",
                "Engineering" => "CTO",
                "Finance" => "CFO",
                _ => "CEO",
            },
            "VP" => $"VP of {function}",
            "Director" => $"Director of {function}",
            "Manager" => $"{function} Manager",
            _ => function switch
            {
                "Sales" => "Account Executive",
                "Marketing" => "Marketing Specialist",
                "Revenue Operations" => "Revenue Operations Analyst",
                "IT" => "IT Administrator",
                "Engineering" => "Software Engineer",
                "Finance" => "Financial Analyst",
                "Operations" => "Operations Analyst",
                _ => "HR Generalist",
            },
        };
    }

    private BuyingRole BuyingRoleFor(Seniority seniority) => seniority switch
    {
        Seniority.CLevel or Seniority.VP => Random.Bool(0.75f) ? BuyingRole.EconomicBuyer : BuyingRole.TechnicalEvaluator,
        Seniority.Director => Random.WeightedRandom([BuyingRole.EconomicBuyer, BuyingRole.TechnicalEvaluator, BuyingRole.User], [0.3f, 0.5f, 0.2f]),
        Seniority.Manager => Random.Bool(0.5f) ? BuyingRole.TechnicalEvaluator : BuyingRole.User,
        Seniority.IndividualContributor => Random.Bool(0.6f) ? BuyingRole.User : BuyingRole.Unknown,
        _ => BuyingRole.Unknown,
    };

    private static string Slug(string s) => new(s.ToLowerInvariant().Where(char.IsLetter).ToArray());

    private static readonly string[] MqlRejections =
    [
        "Not ICP: company too small", "No intent: only content downloads", "Bad data: wrong phone and title",
        "Duplicate of an existing contact", "Already in a deal with this account",
    ];

    private static readonly string[] Subjects = ["Quick question about your pipeline", "Following up", "Your State of SDR report", "Idea for your RevOps team"];

    private static readonly (DispositionCode Code, string Text)[] Replies =
    [
        (DispositionCode.Interested, "Thanks for reaching out. This is timely: we're rebuilding our lead routing this quarter. Can you send some times?"),
        (DispositionCode.MeetingRequested, "Happy to chat. Does Tuesday at 10am ET work for a 30 minute call?"),
        (DispositionCode.Referral, "I'm not the right person for this. Please talk to Jamie Fox, our Head of Revenue Operations."),
        (DispositionCode.Timing, "Not a priority right now. Reach out again after our planning cycle in Q2."),
        (DispositionCode.NotIcp, "We're a two-person consultancy, this is way beyond what we need."),
        (DispositionCode.NoNeed, "We handle this in spreadsheets and it works fine for us."),
        (DispositionCode.Competitor, "We signed with another vendor last month, thanks."),
        (DispositionCode.PriceObjection, "Looks interesting but I expect it's well outside our budget. What does it cost?"),
        (DispositionCode.OutOfOffice, "I am out of the office until the 2nd with limited access to email."),
        (DispositionCode.WrongContact, "Delivery has failed to these recipients: the address could not be found."),
        (DispositionCode.Unsubscribe, "Please remove me from your mailing list."),
    ];

    private sealed class LeadPlan(Lead lead)
    {
        public Lead Lead { get; } = lead;
        public List<PlannedEvent> Events { get; } = [];
        public List<PlannedTouch> Touches { get; } = [];
    }

    private sealed record PlannedTouch(TouchChannel Channel, TouchOutcome Outcome, DateTime At);

    private sealed record PlannedEvent(
        EngagementType Type, DateTime At, string? Url = null, string? Subject = null, string? Text = null, DispositionCode? Disposition = null)
    {
        public EngagementFact Fact => new(Type, At, Url, Disposition);
    }
}
