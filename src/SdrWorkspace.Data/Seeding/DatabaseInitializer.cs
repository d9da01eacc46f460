using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Data.Seeding;

/// <summary>
/// Start-up: migrates the database (creating the file if needed), makes sure the roles and the first
/// definition version exist, and in Development fills an empty database with demo data. Idempotent.
/// </summary>
public sealed class DatabaseInitializer(
    SdrDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    DefinitionStore definitions,
    IOptions<DemoDataOptions> demoOptions,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public const string SystemActor = "system";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var path = DependencyInjection.DataSourceOf(db.Database.GetConnectionString()!);
        if (Path.GetDirectoryName(Path.GetFullPath(path ?? ".")) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);

        await db.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        if (!await db.DefinitionVersions.AnyAsync(cancellationToken))
        {
            db.DefinitionVersions.Add(new DefinitionVersion
            {
                Version = 1,
                Json = DefinitionJson.Serialize(DefaultDefinition.Create()),
                AdoptedAt = clock.GetUtcNow().UtcDateTime,
                AdoptedBy = SystemActor,
                Reason = "Initial definition: published B2B defaults and the demo ICP",
            });
            await db.SaveChangesAsync(cancellationToken);
            definitions.Invalidate();
        }

        var demo = demoOptions.Value;
        if (demo.Enabled && !await db.Leads.AnyAsync(cancellationToken))
        {
            var started = clock.GetTimestamp();
            var definition = await definitions.CurrentAsync(cancellationToken);
            var generator = new DemoDataGenerator(db, users, definition, demo, clock.GetUtcNow().UtcDateTime);
            var counts = await generator.GenerateAsync(cancellationToken);
            logger.LogInformation("Demo data: {Leads} leads, {Accounts} accounts, {Events} events in {Elapsed}",
                counts.Leads, counts.Accounts, counts.Events, clock.GetElapsedTime(started));
        }
    }
}
