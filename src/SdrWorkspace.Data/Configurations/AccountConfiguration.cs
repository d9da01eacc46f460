using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.Property(a => a.Name).HasMaxLength(Account.NameMaxLength);
        account.Property(a => a.Domain).HasMaxLength(Account.DomainMaxLength).UseCollation("NOCASE");
        account.Property(a => a.Industry).HasMaxLength(Account.IndustryMaxLength);
        account.Property(a => a.Country).HasMaxLength(Account.CountryMaxLength);
        account.Property(a => a.Employees).HasConversion(new StoredCountConverter(Ranges.Employees, nameof(Account.Employees)));
        account.Property(a => a.AnnualRevenue).HasConversion(new StoredAmountConverter(Ranges.AnnualRevenue, nameof(Account.AnnualRevenue)));
        // Leads of one company are matched by its domain, so a domain is held once.
        account.HasIndex(a => a.Domain).IsUnique();
    }
}
