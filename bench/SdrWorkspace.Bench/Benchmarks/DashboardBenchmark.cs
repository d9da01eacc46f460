using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Bench.Harness;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.Mqls;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// The manager's dashboards for a quarter, every figure as the page computes them: once with no filter,
/// once narrowed to one rep. Floor: the funnel's counts in raw SQL over the same period and filter. Beside the
/// wall clock, the process's CPU time per report (all threads: the reads run side by side).
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync(AppServices app, string path, IReadOnlyList<string> sdrIds, int runs, Report report)
    {
        var contexts = app.Get<IDbContextFactory<SdrDbContext>>();
        var dashboards = new DashboardQueries(contexts, new MqlOutcomeQueries(contexts), app.Definitions, TimeProvider.System);
        var to = DateTime.UtcNow.Date;
        var from = to.AddDays(-91);
        await using var connection = await Floors.OpenAsync(path);
        await using var reached = Floors.Prepare(connection,
            """
            SELECT c."To", COUNT(DISTINCT c.LeadId) FROM StageChanges c
            WHERE c.LeadId IN (SELECT Id FROM Leads WHERE CreatedAt >= $1 AND CreatedAt < $2 AND ($3 IS NULL OR OwnerId = $3)) GROUP BY c."To"
            """, 3);

        foreach (var (name, owner) in new[] { ("no filter", (string?)null), ("one rep", sdrIds[0]) })
        {
            var filter = new DashboardFilter(from, to, OwnerId: owner);
            var figures = 0;
            // On a shared machine the wall clock also counts other processes' turns: the CPU the reports took says what they cost.
            var cpu = TimeSpan.Zero;
            var measured = await Sample.TimeAsync(runs, async run =>
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                figures = (await dashboards.ReportAsync(AppServices.Manager(), filter)).Figures.Count;
                if (run >= 0)
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - before;
            });
            var floor = await Sample.TimeAsync(runs, async _ =>
            {
                reached.Parameters[0].Value = from;
                reached.Parameters[1].Value = to;
                reached.Parameters[2].Value = (object?)owner ?? DBNull.Value;
                await Floors.DrainAsync(reached);
            });
            report.Add(new Result($"Manager dashboards for a quarter, all figures ({name})", "< 500 ms", "ms", measured, floor,
                "raw SQL: the funnel's reached counts, GROUP BY stage", measured.Median < 500, $"{figures:N0} figures, {cpu.TotalMilliseconds / runs:N0} ms of CPU each"));
        }
    }
}
