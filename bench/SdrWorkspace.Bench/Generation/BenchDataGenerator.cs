using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Bench.Generation;

public sealed record DatasetSize(int Leads, int Accounts, int Events, int Sdrs)
{
    public static readonly DatasetSize Full = new(100_000, 5_000, 1_000_000, 50);
}

public sealed record GeneratedData(string Path, DatasetSize Size, IReadOnlyList<string> SdrIds, long Touches, long StageChanges, TimeSpan Elapsed);

/// <summary>
/// A large team's database written straight into SQLite: the schema from the app's own migrations, then
/// users, accounts, leads, stage histories, touches and engagement through prepared statements in one
/// transaction. Reproducible (fixed seed). Scores are left at zero: the app's re-score computes them.
/// The demo users (README) are in it, so the real app can be signed into on this file.
/// </summary>
public static class BenchDataGenerator
{
    public const string Password = "Demo-Passw0rd!";
    private const int HistoryDays = 180;

    private static readonly string[] Industries =
        ["Software", "Software", "Internet", "Financial Services", "Professional Services", "Manufacturing", "Healthcare", "Retail", "Education", "Logistics"];
    private static readonly string[] Countries =
        ["United States", "United States", "United States", "United Kingdom", "Germany", "Canada", "France", "Netherlands", "Australia", "India", "Brazil", "Japan"];
    private static readonly string[] Titles =
        ["VP of Sales", "Director of Marketing", "Chief Revenue Officer", "Head of Revenue Operations", "IT Director",
         "Sales Manager", "Marketing Manager", "Account Executive", "Software Engineer", "CFO", "Operations Analyst", "SDR"];
    private static readonly string[] Sources = ["Website", "Webinar", "Content syndication", "Paid search", "Outbound", "Event", "Referral", "Partner"];
    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Marco", "Nia", "Omar", "Pia"];
    private static readonly string[] LastNames = ["Ng", "Okafor", "Silva", "Berg", "Kowalski", "Haddad", "Moreau", "Tanaka", "Reyes", "Schmidt", "Patel", "Olsen"];

    /// <summary>Event mix: opens and visits are common, hand-raises rare (cumulative weights out of 1000).</summary>
    private static readonly (EngagementType Type, int UpTo)[] EventMix =
    [
        (EngagementType.EmailOpen, 400), (EngagementType.EmailClick, 550), (EngagementType.PageVisit, 760),
        (EngagementType.ContentDownload, 840), (EngagementType.WebinarRegistered, 890), (EngagementType.WebinarAttended, 930),
        (EngagementType.FormSubmit, 955), (EngagementType.EmailReply, 980), (EngagementType.DemoRequest, 992), (EngagementType.MeetingBooked, 1000),
    ];

    public static async Task<GeneratedData> GenerateAsync(string path, DatasetSize size, DateTime now, int seed = 7)
    {
        var stopwatch = Stopwatch.StartNew();
        // The default file lives in a folder of its own under the temp folder, which a fresh machine does not have yet.
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);

        var connectionString = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<SdrDbContext>();
        DependencyInjection.Configure(options, connectionString);
        await using (var db = new SdrDbContext(options.Options))
            await db.Database.MigrateAsync();

        var random = new Random(seed);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-200000;");
        await using var transaction = connection.BeginTransaction();

        await Insert(connection, "INSERT INTO DefinitionVersions (Version, Json, AdoptedAt, AdoptedBy, Reason) VALUES ($1,$2,$3,$4,$5)",
            [[1, DefinitionJson.Serialize(DefaultDefinition.Create()), now.AddDays(-HistoryDays), DatabaseInitializer.SystemActor, "Initial definition"]]);
        var sdrIds = await InsertUsersAsync(connection, size.Sdrs);

        await Insert(connection, "INSERT INTO Accounts (Id, Name, Domain, Industry, Employees, AnnualRevenue, Country) VALUES ($1,$2,$3,$4,$5,$6,$7)",
            Enumerable.Range(1, size.Accounts).Select(id =>
            {
                var employees = (int)Math.Round(Math.Exp(Uniform(random, Math.Log(5), Math.Log(25_000))));
                return new object?[] { id, $"Company {id}", $"company{id}.example", Pick(random, Industries), employees, employees * Uniform(random, 80_000, 320_000), Pick(random, Countries) };
            }));

        var leads = Enumerable.Range(1, size.Leads).Select(id => PlanLead(random, id, size, sdrIds, now)).ToList();
        await Insert(connection,
            """
            INSERT INTO Leads (Id, Email, FirstName, LastName, Title, Seniority, "Function", BuyingRole, Source, Campaign, AccountId, OwnerId,
                Stage, StageChangedAt, ReactivationOn, DoNotContact, FitScore, EngagementScore, Score, DefinitionVersion, CreatedAt, Revision,
                AssignedAt, LastTouchAt, NextActionAt, NextActionNote)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,0,0,0,1,$17,0,$18,$19,$20,$21)
            """,
            leads.Select(l => new object?[]
            {
                l.Id, $"lead{l.Id}@company{l.AccountId}.example", Pick(random, FirstNames), Pick(random, LastNames), l.Title,
                TitleParser.SeniorityOf(l.Title).ToString(), TitleParser.FunctionOf(l.Title).ToString(), l.BuyingRole.ToString(),
                l.Source, $"{l.Source} campaign", l.AccountId, l.OwnerId, l.Stage.ToString(), l.StageChangedAt, l.ReactivationOn,
                l.DoNotContact, l.CreatedAt, l.CreatedAt, l.LastTouchAt, l.NextActionAt, l.NextActionAt is null ? null : "Call back as agreed",
            }));

        var stageChanges = await Insert(connection,
            "INSERT INTO StageChanges (LeadId, \"From\", \"To\", Actor, Reason, DefinitionVersion, At) VALUES ($1,$2,$3,$4,$5,1,$6)",
            leads.SelectMany(l => l.History.Select(h => new object?[] { l.Id, h.From?.ToString(), h.To.ToString(), h.From is null ? "import" : "sdr@demo.local", h.From is null ? $"Created from {l.Source}" : "Moved on", h.At })));

        var touches = await Insert(connection,
            "INSERT INTO Touches (LeadId, Channel, Outcome, At, ByUserId) VALUES ($1,$2,$3,$4,$5)",
            leads.Where(l => l.LastTouchAt is not null).SelectMany(l => Enumerable.Range(0, 1 + l.Id % 4).Select(i => new object?[]
            {
                l.Id, i % 2 == 0 ? "Call" : "Email", i % 2 == 0 ? "NoAnswer" : "Sent", l.LastTouchAt!.Value.AddDays(-2 * i), l.OwnerId,
            })));

        await Insert(connection,
            "INSERT INTO EngagementEvents (LeadId, Type, OccurredAt, ExternalId, Url) VALUES ($1,$2,$3,$4,$5)",
            Events(random, leads, size.Events, now));

        transaction.Commit();
        await Execute(connection, "PRAGMA synchronous=NORMAL; ANALYZE;");
        return new GeneratedData(path, size, sdrIds, touches, stageChanges, stopwatch.Elapsed);
    }

    /// <summary>An existing generated file, for a re-run that skips generation.</summary>
    public static async Task<GeneratedData> DescribeAsync(string path, DatasetSize size)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT u.Id FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = $1 ORDER BY u.Email = 'sdr@demo.local' DESC, u.Email";
        command.Parameters.AddWithValue("$1", Roles.Sdr);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetString(0));
        return new GeneratedData(path, size, ids, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Events spread over the leads (some leads busy, most quiet), each after its lead was created.</summary>
    private static IEnumerable<object?[]> Events(Random random, List<PlannedLead> leads, int count, DateTime now)
    {
        for (var n = 1; n <= count; n++)
        {
            // Skewed: a squared uniform favours low ids, so activity is uneven like a real list.
            var lead = leads[(int)(leads.Count * Math.Pow(random.NextDouble(), 1.6))];
            var roll = random.Next(1000);
            var type = EventMix.First(m => roll < m.UpTo).Type;
            var span = (now - lead.CreatedAt).TotalMinutes;
            var at = lead.CreatedAt.AddMinutes(span * random.NextDouble());
            var url = type == EngagementType.PageVisit ? (random.Next(5) == 0 ? "https://vendor.example/pricing" : "https://vendor.example/blog/post") : null;
            yield return [lead.Id, type.ToString(), at, $"gen-{n}", url];
        }
    }

    private sealed record PlannedLead(
        int Id, int AccountId, string? OwnerId, string Title, BuyingRole BuyingRole, string Source, DateTime CreatedAt,
        LifecycleStage Stage, DateTime StageChangedAt, DateOnly? ReactivationOn, bool DoNotContact, DateTime? LastTouchAt, DateTime? NextActionAt,
        IReadOnlyList<(LifecycleStage? From, LifecycleStage To, DateTime At)> History);

    private static readonly LifecycleStage[] Path = [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.Opportunity];

    private static PlannedLead PlanLead(Random random, int id, DatasetSize size, IReadOnlyList<string> sdrIds, DateTime now)
    {
        var created = now.AddDays(-HistoryDays * Math.Pow(random.NextDouble(), 1.3)).AddMinutes(-random.Next(5, 600));
        var roll = random.Next(100);
        // Most leads are still leads; a funnel's worth move on; some are recycled or disqualified.
        var (stage, steps) = roll switch
        {
            < 66 => (LifecycleStage.Lead, 0),
            < 76 => (LifecycleStage.MQL, 1),
            < 82 => (LifecycleStage.SAL, 2),
            < 85 => (LifecycleStage.SQL, 3),
            < 87 => (LifecycleStage.Opportunity, 4),
            < 94 => (LifecycleStage.Nurture, 1),
            _ => (LifecycleStage.Disqualified, 1),
        };
        var history = new List<(LifecycleStage?, LifecycleStage, DateTime)> { (null, LifecycleStage.Lead, created) };
        var at = created;
        for (var i = 1; i <= steps; i++)
        {
            at = at.AddHours(random.Next(1, 24 * 10));
            var to = i == steps && stage is LifecycleStage.Nurture or LifecycleStage.Disqualified ? stage : Path[i];
            history.Add((history[^1].Item2, to, at < now ? at : now.AddMinutes(-1)));
        }
        var touched = random.Next(3) > 0;
        return new PlannedLead(
            id, 1 + random.Next(size.Accounts), sdrIds[id % sdrIds.Count], Pick(random, Titles), (BuyingRole)random.Next(4),
            Pick(random, Sources), created, stage, history[^1].Item3,
            stage == LifecycleStage.Nurture ? DateOnly.FromDateTime(now.AddDays(random.Next(-30, 150))) : null,
            random.Next(100) == 0,
            touched ? created.AddMinutes((now - created).TotalMinutes * random.NextDouble()) : null,
            random.Next(20) == 0 ? now.AddHours(random.Next(-72, 72)) : null,
            history);
    }

    /// <summary>The README's demo users plus enough SDRs for the team size, all with the demo password.</summary>
    private static async Task<IReadOnlyList<string>> InsertUsersAsync(SqliteConnection connection, int sdrCount)
    {
        var roleIds = Roles.All.ToDictionary(r => r, _ => Guid.NewGuid().ToString());
        await Insert(connection, "INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp) VALUES ($1,$2,$3,$4)",
            roleIds.Select(r => new object?[] { r.Value, r.Key, r.Key.ToUpperInvariant(), Guid.NewGuid().ToString() }));

        var users = DemoUsers.All.Where(u => u.IsActive).ToList();
        var extra = sdrCount - users.Count(u => u.Role == Roles.Sdr);
        users.AddRange(Enumerable.Range(1, Math.Max(0, extra)).Select(i => new DemoUser($"sdr{i:00}@bench.local", $"Bench SDR {i:00}", Roles.Sdr)));
        // One hash for everyone: hashing is deliberately slow, and the password is the same.
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var ids = users.ToDictionary(u => u.Email, _ => Guid.NewGuid().ToString());

        await Insert(connection,
            """
            INSERT INTO AspNetUsers (Id, DisplayName, IsActive, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
            VALUES ($1,$2,1,$3,$4,$3,$4,1,$5,$6,$7,0,0,1,0)
            """,
            users.Select(u => new object?[] { ids[u.Email], u.DisplayName, u.Email, u.Email.ToUpperInvariant(), hash, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString() }));
        await Insert(connection, "INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ($1,$2)",
            users.Select(u => new object?[] { ids[u.Email], roleIds[u.Role] }));
        // The README's SDR first, so a run signs in as the owner of the first queue measured.
        return users.Where(u => u.Role == Roles.Sdr).Select(u => ids[u.Email]).ToList();
    }

    /// <summary>Rows through one prepared statement, inside the connection's open transaction.</summary>
    public static async Task<long> Insert(SqliteConnection connection, string sql, IEnumerable<object?[]> rows)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        long count = 0;
        foreach (var row in rows)
        {
            if (command.Parameters.Count == 0)
            {
                for (var i = 0; i < row.Length; i++)
                    command.Parameters.Add(new SqliteParameter($"${i + 1}", null));
                command.Prepare();
            }
            for (var i = 0; i < row.Length; i++)
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            count += await command.ExecuteNonQueryAsync();
        }
        return count;
    }

    public static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static double Uniform(Random random, double min, double max) => min + (max - min) * random.NextDouble();
}
