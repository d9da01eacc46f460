using System.Net;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Features.Import;
using SdrWorkspace.Web.Features.Touches;
using SdrWorkspace.Web.Tests.Api;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>
/// Text at and beyond every limit, followed to where it is stored and read back: padding is trimmed before it is
/// measured and is never stored, text at the limit (in any script, emoji counting two) is kept whole and shown
/// whole, one character more is refused naming the field, and a refusal writes nothing.
/// </summary>
public class HostileTextTests(ChangingWorkspace app) : IClassFixture<ChangingWorkspace>
{
    private const string DevelopmentKey = "dev-sdr-workspace-key-change-me";
    private const string Padding = " \t\r\n  ";
    private static readonly string[] LeadFields = ["firstName", "lastName", "title", "phone", "source", "campaign", "company.name", "company.industry", "company.country"];

    private static int LimitOf(string field) => field switch
    {
        "firstName" or "lastName" => TextLimits.PersonName,
        "title" => TextLimits.JobTitle,
        "phone" => TextLimits.Phone,
        "source" => TextLimits.Source,
        "campaign" => TextLimits.Campaign,
        "company.name" => TextLimits.CompanyName,
        "company.industry" => TextLimits.Industry,
        "company.country" => TextLimits.Country,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Exactly <paramref name="length"/> UTF-16 code units of multi-byte text ending in an emoji (a surrogate pair), unique per <paramref name="tag"/>.</summary>
    private static string TextOf(int length, string tag)
    {
        var head = $"{tag}·";
        return head + new string('é', length - head.Length - 2) + "😀";
    }

    private HttpClient Api()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, DevelopmentKey);
        return api;
    }

    private static Dictionary<string, object?> LeadBody(string email, IReadOnlyDictionary<string, string> values)
    {
        var company = new Dictionary<string, object?> { ["domain"] = email[(email.IndexOf('@') + 1)..] };
        var body = new Dictionary<string, object?> { ["email"] = email, ["company"] = company };
        foreach (var (field, value) in values)
        {
            if (field.StartsWith("company.", StringComparison.Ordinal))
                company[field["company.".Length..]] = value;
            else
                body[field] = value;
        }
        return body;
    }

    private async Task<IReadOnlyDictionary<string, long>> CountsAsync()
    {
        await using var connection = app.OpenRawConnection();
        return await TableCounts.OfRequestWritesAsync(connection);
    }

    [Fact]
    public async Task EveryLeadTextAtItsLimitAndPaddedWithSpacesIsStoredWholeWithoutThePaddingAndShownWhole()
    {
        using var api = Api();
        var values = LeadFields.ToDictionary(f => f, f => TextOf(LimitOf(f), f));

        var response = await api.PostAsJsonAsync("/api/v1/leads", LeadBody("at.limit@limit-text.example",
            values.ToDictionary(kv => kv.Key, kv => Padding + kv.Value + Padding)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.CreateDbContext();
        var lead = await db.Leads.AsNoTracking().Include(l => l.Account).SingleAsync(l => l.Email == "at.limit@limit-text.example");
        Assert.Equal(values["firstName"], lead.FirstName);
        Assert.Equal(values["lastName"], lead.LastName);
        Assert.Equal(values["title"], lead.Title);
        Assert.Equal(values["phone"], lead.Phone);
        Assert.Equal(values["source"], lead.Source);
        Assert.Equal(values["campaign"], lead.Campaign);
        Assert.Equal(values["company.name"], lead.Account!.Name);
        Assert.Equal(values["company.industry"], lead.Account.Industry);
        Assert.Equal(values["company.country"], lead.Account.Country);

        var listed = Assert.Single((await api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=at.limit@limit-text.example"))!);
        Assert.Equal((values["firstName"], values["lastName"], values["title"]), (listed.FirstName, listed.LastName, listed.Title));
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Manager);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/leads/{lead.Id}"));
        Assert.Contains(values["lastName"], page);
        Assert.Contains(values["company.name"], page);
    }

    [Fact]
    public async Task EveryLeadTextOneCharacterOverItsLimitIsRefusedNamingTheFieldAndNothingIsWritten()
    {
        using var api = Api();
        var before = await CountsAsync();
        var failures = new List<string>();

        foreach (var field in LeadFields)
        {
            // One code unit over: the emoji's second half is the character too many.
            var over = TextOf(LimitOf(field) + 1, field);
            var response = await api.PostAsJsonAsync("/api/v1/leads", LeadBody($"over.{field}@limit-text.example", new Dictionary<string, string> { [field] = Padding + over }));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.UnprocessableEntity || !body.Contains($"\"{field}\""))
                failures.Add($"{field}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
        }

        Assert.Empty(failures);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ACompanyNamedAfterADomainLongerThanANameMayBeIsStoredWithTheNameThatFits()
    {
        using var api = Api();
        var domain = string.Join('.', Enumerable.Range(0, 3).Select(i => new string((char)('a' + i), 63))) + ".long-domain.example";
        var email = $"jo@{domain}";

        var response = await api.PostAsJsonAsync("/api/v1/leads", new Dictionary<string, object?>
        {
            ["email"] = email,
            ["company"] = new Dictionary<string, object?> { ["industry"] = "Software" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.CreateDbContext();
        var account = await db.Leads.Where(l => l.Email == email).Select(l => l.Account!).SingleAsync();
        Assert.Equal((domain, domain[..TextLimits.CompanyName]), (account.Domain, account.Name));
    }

    [Fact]
    public async Task AReplyOfOneLetterAndFiveMillionSpacesIsStoredAsTheLetter()
    {
        using var api = Api();

        var result = await (await api.PostEventsAsync(
            Event("padded-reply-1", "padded.reply@limit-text.example", "email_reply", text: "A" + new string(' ', 5_000_000)))).Content.ReadFromJsonAsync<EventBatchResult>();

        Assert.Equal(1, result!.Accepted);
        await using var connection = app.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(Text), Text FROM EngagementEvents WHERE ExternalId = 'padded-reply-1'";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1L, "A"), (reader.GetInt64(0), reader.GetString(1)));
    }

    [Fact]
    public async Task AReplyAtItsLimitIsStoredWholeAndOneCharacterMoreIsRefusedWithItsReason()
    {
        using var api = Api();
        var atLimit = TextOf(TextLimits.EventText, "reply");
        var before = await CountsAsync();

        var over = await (await api.PostEventsAsync(
            Event("long-reply-over", "long.reply@limit-text.example", "email_reply", text: TextOf(TextLimits.EventText + 1, "reply")))).Content.ReadFromJsonAsync<EventBatchResult>();
        var countsAfterRefusal = await CountsAsync();
        var at = await (await api.PostEventsAsync(
            Event("long-reply-at", "long.reply@limit-text.example", "email_reply", text: Padding + atLimit + Padding))).Content.ReadFromJsonAsync<EventBatchResult>();

        Assert.Equal(0, over!.Accepted);
        Assert.Contains("text", Assert.Single(over.Rejected).Error);
        Assert.Equal(before, countsAfterRefusal);
        Assert.Equal(1, at!.Accepted);
        await using var db = app.CreateDbContext();
        Assert.Equal(atLimit, (await db.EngagementEvents.AsNoTracking().SingleAsync(e => e.ExternalId == "long-reply-at")).Text);
    }

    [Fact]
    public async Task AReplyNoteOverItsLimitIsRefusedNamingTheNoteAndNothingIsWritten()
    {
        using var api = Api();
        await api.PostEventsAsync(Event("note-reply-1", "note.reply@limit-text.example", "email_reply", text: "Not now, thanks"));
        var leadId = (await api.GetFromJsonAsync<List<LeadResource>>("/api/v1/leads?email=note.reply@limit-text.example"))!.Single().Id;
        var before = await CountsAsync();

        var response = await api.PostAsJsonAsync($"/api/v1/leads/{leadId}/dispositions",
            new { code = "NoNeed", note = TextOf(TextLimits.Comment + 1, "note") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"note\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ACsvRowWithANameOverItsLimitIsRefusedByRowAndColumnAndAPaddedNameAtTheLimitImportsTrimmed()
    {
        var import = app.Services.GetRequiredService<CsvImport>();
        var atLimit = TextOf(TextLimits.PersonName, "csv");
        var over = TextOf(TextLimits.PersonName + 1, "csv");
        CsvFile Csv(string lastName, string email) =>
            CsvImport.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes($"Email,Last name\n{email},\"{Padding}{lastName}{Padding}\"\n"))).GetAwaiter().GetResult();
        var before = await CountsAsync();

        var refused = Csv(over, "csv.over@limit-text.example");
        var refusedCheck = import.Validate(refused, CsvImport.AutoMap(refused.Headers, ImportKind.Leads), ImportKind.Leads);
        var accepted = Csv(atLimit, "csv.at@limit-text.example");
        var acceptedCheck = import.Validate(accepted, CsvImport.AutoMap(accepted.Headers, ImportKind.Leads), ImportKind.Leads);

        var error = Assert.Single(refusedCheck.Errors);
        Assert.Equal((2, $"Last name is longer than {TextLimits.PersonName} characters"), (error.Row, error.Message));
        Assert.Equal(before, await CountsAsync());
        await import.ImportAsync(acceptedCheck, DemoUsers.Marketing.Email);
        await using var db = app.CreateDbContext();
        Assert.Equal(atLimit, (await db.Leads.AsNoTracking().SingleAsync(l => l.Email == "csv.at@limit-text.example")).LastName);
    }

    [Fact]
    public async Task ADefinitionDraftWithAnIcpValueOverItsLimitIsNotSavedAndTheEditorSaysWhy()
    {
        var definitions = app.Services.GetRequiredService<DefinitionService>();
        var manager = await app.PrincipalOfAsync(DemoUsers.Manager);
        var (_, id) = await definitions.StartDraftAsync(manager, "Hostile ICP values");
        var draft = (await definitions.DraftAsync(id!.Value))!;
        var industry = draft.Definition.Fit.Single(c => c.Attribute == FitAttribute.Industry);
        var tooLong = draft.Definition with
        {
            Fit = draft.Definition.Fit.Select(c => c == industry ? c with { Matches = [new FitMatch(TextOf(TextLimits.DefinitionMatchValue + 1, "icp"))] } : c).ToList(),
        };
        var form = DefinitionForm.From(draft.Definition);
        form.Fit.Single(f => f.Attribute == FitAttribute.Employees).Ranges = "50-5000" + new string(' ', 5_000_000) + TextOf(TextLimits.DefinitionMatches, "icp");

        var saved = await definitions.SaveDraftAsync(manager, draft.Id, draft.Revision, tooLong, null);
        var (fromForm, problems) = form.ToDefinition();

        Assert.False(saved.Succeeded);
        Assert.Contains("limited to 200 characters", saved.Error);
        Assert.Equal(draft.Revision, (await definitions.DraftAsync(draft.Id))!.Revision);
        Assert.Null(fromForm);
        Assert.Contains(problems, p => p.Field == DefinitionField.FitMatches(FitAttribute.Employees) && p.Message.Contains("longer than 2,000 characters"));
        Assert.Contains(DefinitionValidation.Problems(tooLong), p => p.Field == DefinitionField.FitMatches(FitAttribute.Industry) && p.Message.Contains("longer than 200 characters"));
    }

    [Fact]
    public async Task TouchAndNextActionNotesAreStoredTrimmedAtTheirLimitAndRefusedBeyondItWithNothingWritten()
    {
        var touches = app.Services.GetRequiredService<TouchService>();
        var sdr = await app.PrincipalOfAsync(DemoUsers.Sdr);
        var sdrId = sdr.FindFirstValue(ClaimTypes.NameIdentifier);
        int leadId;
        await using (var db = app.CreateDbContext())
            leadId = await db.Leads.Where(l => l.OwnerId == sdrId && !l.DoNotContact).Select(l => l.Id).FirstAsync();
        var touchNote = TextOf(TextLimits.TouchNote, "touch");
        var plan = SdrWorkspaceFactory.Now.AddDays(2);
        var before = await CountsAsync();

        var touchOver = await touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer, TextOf(TextLimits.TouchNote + 1, "touch"));
        var planOver = await touches.PlanNextActionAsync(sdr, leadId, plan, TextOf(TextLimits.Reason + 1, "plan"));
        var countsAfterRefusals = await CountsAsync();
        var touchAt = await touches.LogAsync(sdr, leadId, TouchChannel.Call, TouchOutcome.NoAnswer, Padding + touchNote + Padding);
        var planAt = await touches.PlanNextActionAsync(sdr, leadId, plan, Padding + "call back" + new string(' ', 5_000_000));

        Assert.Equal((false, false), (touchOver.Succeeded, planOver.Succeeded));
        Assert.Contains("limited to 4,000 characters", touchOver.Error);
        Assert.Contains("limited to 1,000 characters", planOver.Error);
        Assert.Equal(before, countsAfterRefusals);
        Assert.True(touchAt.Succeeded && planAt.Succeeded, touchAt.Error ?? planAt.Error);
        await using var check = app.CreateDbContext();
        Assert.Equal(touchNote, (await check.Touches.Where(t => t.LeadId == leadId).OrderByDescending(t => t.Id).FirstAsync()).Note);
        Assert.Equal("call back", (await check.Leads.SingleAsync(l => l.Id == leadId)).NextActionNote);
    }

    private static object Event(string eventId, string email, string type, string? text = null) =>
        new { eventId, email, type, occurredAt = SdrWorkspaceFactory.Now.AddMinutes(-5), text };
}
