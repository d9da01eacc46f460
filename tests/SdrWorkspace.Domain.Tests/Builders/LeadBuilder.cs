using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>
/// Leads for lifecycle tests. Starts from the product design's ICP-fit persona (a VP of Sales, the economic buyer,
/// at a 500-employee US software company), created ten days before <see cref="TestClock.Now"/>.
/// </summary>
public sealed class LeadBuilder
{
    public const string Importer = "import";

    private string _email = "dana.reyes@acme-software.com";
    private string? _title = "VP of Sales";
    private string? _source = "Webinar";
    private Account? _account = IcpAccount();
    private BuyingRole _buyingRole = BuyingRole.EconomicBuyer;
    private DateTime _createdAt = TestClock.DaysAgo(10);
    private LifecycleStage _stage = LifecycleStage.Lead;
    private DateTime? _stageAt;
    private bool _doNotContact;
    private string? _ownerId;

    public static LeadBuilder IcpFit() => new();

    /// <summary>A website form filled in with an email and nothing else: no company, no title.</summary>
    public static LeadBuilder FormFillWithoutCompany() => new LeadBuilder()
        .WithEmail("someone@gmail.com").WithTitle(null).WithoutAccount().WithSource("Website form").WithBuyingRole(BuyingRole.Unknown);

    public static Account IcpAccount() => new("Acme Software", "acme-software.com", "Software", 500, null, "US");

    public static Account NonFitAccount() => new("Shopmart", "shopmart.com.br", "Retail", 20_000, 9_000_000_000, "Brazil");

    public LeadBuilder WithEmail(string email) { _email = email; return this; }
    public LeadBuilder WithTitle(string? title) { _title = title; return this; }
    public LeadBuilder WithSource(string? source) { _source = source; return this; }
    public LeadBuilder WithAccount(Account? account) { _account = account; return this; }
    public LeadBuilder WithoutAccount() => WithAccount(null);
    public LeadBuilder WithBuyingRole(BuyingRole role) { _buyingRole = role; return this; }
    public LeadBuilder CreatedAt(DateTime at) { _createdAt = at; return this; }
    public LeadBuilder DoNotContact() { _doNotContact = true; return this; }
    public LeadBuilder OwnedBy(string userId) { _ownerId = userId; return this; }

    /// <summary>Walks the lead to a stage by legal moves; the last move happens at <paramref name="at"/>.</summary>
    public LeadBuilder InStage(LifecycleStage stage, DateTime? at = null)
    {
        _stage = stage;
        _stageAt = at;
        return this;
    }

    public Lead Build()
    {
        var lead = new Lead(
            new NewLead(_email, "Dana", "Reyes", _title, Source: _source, Account: _account, OwnerId: _ownerId, BuyingRole: _buyingRole),
            Importer, Moves.Version, _createdAt);
        var path = Moves.PathTo(_stage);
        var lastAt = _stageAt ?? _createdAt.AddDays(1);
        for (var i = 0; i < path.Count; i++)
            lead.MoveTo(Moves.To(path[i], lastAt.AddMinutes(i - path.Count + 1)));
        if (_doNotContact)
            lead.MarkDoNotContact();
        return lead;
    }
}
