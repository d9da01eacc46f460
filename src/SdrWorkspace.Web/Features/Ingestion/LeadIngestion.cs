using SdrWorkspace.Domain.Common;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Ingestion;

/// <summary>
/// The work of one batch of leads and engagement, for the API and the CSV importer alike: leads upserted by
/// email (one account per company domain), events added idempotently on the sender's id, the touched leads
/// re-scored by the engine. It runs inside a transaction that <see cref="IngestionWriter"/> owns (a savepoint
/// of its group), so it neither commits nor tells open screens: the writer does both once the group is durable.
/// Inputs must have passed <see cref="IngestionValidation"/>. Work goes in chunks with a few statements each,
/// never a query per row.
/// </summary>
public sealed class LeadIngestion(DefinitionStore definitions, LeadScoring scoring, TimeProvider clock)
{
    private const int ChunkSize = 2000;

    /// <summary>Writes one batch in the caller's open transaction; returns its result and the changes to publish after the commit.</summary>
    public async Task<BatchWritten> WriteBatchAsync(SdrDbContext db, IngestionBatch batch, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A batch is written inside the ingestion writer's transaction.");
        var run = new Run(batch.Actor, batch.Source, await definitions.CurrentAsync(ct), clock.GetUtcNow().UtcDateTime);
        var (leads, events) = (batch.Leads, batch.Events);

        for (var i = 0; i < leads.Count; i += ChunkSize)
        {
            await WriteLeadsAsync(db, run, leads.Skip(i).Take(ChunkSize).ToList(), ct);
            batch.Progress?.Report(Math.Min(i + ChunkSize, leads.Count));
        }
        for (var i = 0; i < events.Count; i += ChunkSize)
        {
            await WriteEventsAsync(db, run, events.Skip(i).Take(ChunkSize).ToList(), ct);
            batch.Progress?.Report(leads.Count + Math.Min(i + ChunkSize, events.Count));
        }
        return new BatchWritten(new IngestionResult(run.LeadIds, run.Created, run.Accepted, run.Duplicates), [.. run.Changes.Values]);
    }

    private async Task WriteLeadsAsync(SdrDbContext db, Run run, List<LeadInput> leads, CancellationToken ct)
    {
        var emails = leads.Select(l => IngestionValidation.NormalizeEmail(l.Email!)).Distinct().ToList();
        var byEmail = await db.Leads.Include(l => l.Account)
            .Where(l => emails.Contains(l.Email))
            .ToDictionaryAsync(l => l.Email, StringComparer.OrdinalIgnoreCase, ct);
        var domains = leads.Select(AccountDomain).OfType<string>().Distinct().ToList();
        var accounts = await db.Accounts.Where(a => domains.Contains(a.Domain!))
            .ToDictionaryAsync(a => a.Domain!, StringComparer.OrdinalIgnoreCase, ct);

        foreach (var input in leads)
        {
            var email = IngestionValidation.NormalizeEmail(input.Email!);
            var details = new NewLead(email, input.FirstName, input.LastName, input.Title, input.Phone,
                input.Source ?? run.Source, input.Campaign, AccountFor(db, input, accounts));
            if (byEmail.TryGetValue(email, out var existing))
                existing.UpdateDetails(details);
            else
                byEmail[email] = Create(db, run, details);
        }
        await db.SaveChangesAsync(ct);

        var touched = byEmail.Values.ToList();
        await scoring.ApplyScoresAsync(db, touched, ct);
        await db.SaveChangesAsync(ct);
        foreach (var lead in touched)
        {
            run.LeadIds[lead.Email] = lead.Id;
            run.Note(new LeadKey(lead.Id, lead.Email, lead.OwnerId), LeadChangeKind.Score, highIntent: false);
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The hot path (marketing tools post events all day): leads read as keys only, events inserted with one
    /// prepared statement, the touched leads re-scored in bulk; a lead is created through EF only for an
    /// email never seen before, and only when one of its events is new: a resent duplicate creates nothing.
    /// </summary>
    private async Task WriteEventsAsync(SdrDbContext db, Run run, List<EventInput> events, CancellationToken ct)
    {
        var eventIds = events.Select(e => e.EventId!).Distinct().ToList();
        var known = (await db.EngagementEvents.AsNoTracking()
            .Where(e => eventIds.Contains(e.ExternalId!)).Select(e => e.ExternalId!).ToListAsync(ct)).ToHashSet();
        var newEvents = events.Where(e => known.Add(e.EventId!)).ToList();
        run.Duplicates += events.Count - newEvents.Count;

        var emails = newEvents.Select(e => IngestionValidation.NormalizeEmail(e.Email!)).Distinct().ToList();
        var byEmail = await db.Leads.AsNoTracking()
            .Where(l => emails.Contains(l.Email))
            .Select(l => new LeadKey(l.Id, l.Email, l.OwnerId))
            .ToDictionaryAsync(l => l.Email, StringComparer.OrdinalIgnoreCase, ct);
        var created = emails.Where(e => !byEmail.ContainsKey(e)).Select(e => Create(db, run, new NewLead(e, Source: run.Source))).ToList();
        if (created.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            foreach (var lead in created)
                byEmail[lead.Email] = new LeadKey(lead.Id, lead.Email, lead.OwnerId);
            db.ChangeTracker.Clear();
        }

        var fresh = new List<EngagementEvent>(newEvents.Count);
        var touched = new HashSet<LeadKey>();
        foreach (var input in newEvents)
        {
            var lead = byEmail[IngestionValidation.NormalizeEmail(input.Email!)];
            EngagementTypes.TryParse(input.Type, out var type);
            fresh.Add(new EngagementEvent(lead.Id, type, IngestionValidation.ParseTime(input.OccurredAt)!.Value,
                input.EventId, input.Url, input.Subject, input.Text));
            run.Accepted++;
            touched.Add(lead);
            run.Note(lead, LeadChangeKind.Engagement, run.Definition.IsHandRaise(fresh[^1].ToFact()));
        }
        await EventWriter.InsertAsync(db, fresh, ct);
        await ApplyEventEffectsAsync(db, run, fresh, ct);

        await scoring.RescoreInTransactionAsync(db, touched.Select(l => l.Id).ToList(), ct);
        foreach (var lead in touched)
        {
            run.LeadIds[lead.Email] = lead.Id;
            run.Note(lead, LeadChangeKind.Score, highIntent: false);
        }
    }

    /// <summary>
    /// The few events that mean more than a score (an unsubscribe, a bounce) have their disposition's effect, as
    /// coding a reply with it would; their leads are loaded whole for it, in the same transaction.
    /// </summary>
    private static async Task ApplyEventEffectsAsync(SdrDbContext db, Run run, List<EngagementEvent> events, CancellationToken ct)
    {
        var effects = events.Select(e => (e.LeadId, e.OccurredAt, Effect: run.Definition.EffectOf(e.Type))).Where(e => e.Effect is not null).ToList();
        if (effects.Count == 0)
            return;
        var ids = effects.Select(e => e.LeadId).Distinct().ToList();
        var leads = await db.Leads.Include(l => l.StageHistory).Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        foreach (var (leadId, _, effect) in effects.OrderBy(e => e.OccurredAt))
        {
            var lead = leads[leadId];
            lead.ApplyEventEffect(effect!, run.Definition.Mql.FitsIcp(lead.FitScore), run.Actor, run.Definition.Version, run.At);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static Lead Create(SdrDbContext db, Run run, NewLead details)
    {
        var lead = new Lead(details, run.Actor, run.Definition.Version, run.At);
        db.Leads.Add(lead);
        run.Created.Add(lead.Email);
        return lead;
    }

    /// <summary>Same company domain, one account: found, or created once and shared by the chunk's other rows.</summary>
    private static Account? AccountFor(SdrDbContext db, LeadInput input, Dictionary<string, Account> accounts)
    {
        if (input.Company is not { } company || AccountDomain(input) is not { } domain)
            return null;
        if (accounts.TryGetValue(domain, out var account))
        {
            account.UpdateFrom(company.Name, company.Industry, company.Employees, company.AnnualRevenue, company.Country);
            return account;
        }
        // A domain may be longer than a company name may be; named after its domain, the company takes what fits.
        var name = string.IsNullOrWhiteSpace(company.Name) ? domain[..Math.Min(domain.Length, TextLimits.CompanyName)] : company.Name;
        account = new Account(name, domain,
            company.Industry, company.Employees, company.AnnualRevenue, company.Country);
        db.Accounts.Add(account);
        accounts[domain] = account;
        return account;
    }

    /// <summary>The company's domain as given, or else the email's, so a company named without a domain still groups.</summary>
    private static string? AccountDomain(LeadInput input)
    {
        if (input.Company is null)
            return null;
        var domain = string.IsNullOrWhiteSpace(input.Company.Domain) ? input.Email![(input.Email!.IndexOf('@') + 1)..] : input.Company.Domain;
        domain = domain.Trim().ToLowerInvariant();
        return domain.StartsWith("www.", StringComparison.Ordinal) ? domain[4..] : domain;
    }

    /// <summary>What a write needs to know of a lead it touches.</summary>
    private sealed record LeadKey(int Id, string Email, string? OwnerId);

    /// <summary>What one write has done so far, across its chunks.</summary>
    private sealed class Run(string actor, string source, QualificationDefinition definition, DateTime at)
    {
        public string Actor { get; } = actor;
        public string Source { get; } = source;
        public QualificationDefinition Definition { get; } = definition;
        public DateTime At { get; } = at;
        public Dictionary<string, int> LeadIds { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Created { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, LeadChanged> Changes { get; } = new(StringComparer.OrdinalIgnoreCase);
        public int Accepted { get; set; }
        public int Duplicates { get; set; }

        /// <summary>One change per lead; the strongest kind and any high intent win.</summary>
        public void Note(LeadKey lead, LeadChangeKind kind, bool highIntent)
        {
            var previous = Changes.GetValueOrDefault(lead.Email);
            Changes[lead.Email] = new LeadChanged(lead.Id, lead.OwnerId,
                Created.Contains(lead.Email) ? LeadChangeKind.Created : previous?.Kind ?? kind, At,
                highIntent || previous?.HighIntent == true);
        }
    }
}
