using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SdrWorkspace.Data.Migrations;

/// <summary>
/// Hand-written (the EF design-time package is not available here). MigrationSchemaTests compares the
/// schema this produces with the one the model describes, so the two cannot drift apart unnoticed.
/// </summary>
[DbContext(typeof(SdrDbContext))]
[Migration("20261123180000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        CreateIdentity(m);

        m.CreateTable("Accounts", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Name = t.Column<string>("TEXT", maxLength: 200, nullable: false),
            Domain = t.Column<string>("TEXT", maxLength: 253, nullable: true, collation: "NOCASE"),
            Industry = t.Column<string>("TEXT", maxLength: 100, nullable: true),
            Employees = t.Column<int>("INTEGER", nullable: true),
            AnnualRevenue = t.Column<double>("REAL", nullable: true),
            Country = t.Column<string>("TEXT", maxLength: 100, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Accounts", x => x.Id));

        m.CreateTable("DefinitionVersions", t => new
        {
            Version = t.Column<int>("INTEGER", nullable: false),
            Json = t.Column<string>("TEXT", nullable: false),
            AdoptedAt = t.Column<DateTime>("TEXT", nullable: false),
            AdoptedBy = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            Reason = t.Column<string>("TEXT", maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DefinitionVersions", x => x.Version));

        m.CreateTable("Leads", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Email = t.Column<string>("TEXT", maxLength: 254, nullable: false, collation: "NOCASE"),
            FirstName = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            LastName = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            Title = t.Column<string>("TEXT", maxLength: 200, nullable: true),
            Phone = t.Column<string>("TEXT", maxLength: 50, nullable: true),
            Seniority = t.Column<string>("TEXT", nullable: false),
            Function = t.Column<string>("TEXT", nullable: false),
            BuyingRole = t.Column<string>("TEXT", nullable: false),
            Source = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            Campaign = t.Column<string>("TEXT", maxLength: 200, nullable: true),
            AccountId = t.Column<int>("INTEGER", nullable: true),
            OwnerId = t.Column<string>("TEXT", nullable: true),
            Stage = t.Column<string>("TEXT", nullable: false),
            StageChangedAt = t.Column<DateTime>("TEXT", nullable: false),
            ReactivationOn = t.Column<DateOnly>("TEXT", nullable: true),
            DisqualificationReason = t.Column<string>("TEXT", maxLength: 1000, nullable: true),
            DoNotContact = t.Column<bool>("INTEGER", nullable: false),
            FitScore = t.Column<int>("INTEGER", nullable: false),
            EngagementScore = t.Column<int>("INTEGER", nullable: false),
            Score = t.Column<int>("INTEGER", nullable: false),
            ScoredAt = t.Column<DateTime>("TEXT", nullable: true),
            LastHighIntentAt = t.Column<DateTime>("TEXT", nullable: true),
            DefinitionVersion = t.Column<int>("INTEGER", nullable: false),
            CreatedAt = t.Column<DateTime>("TEXT", nullable: false),
            Revision = t.Column<int>("INTEGER", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Leads", x => x.Id);
            t.ForeignKey("FK_Leads_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Leads_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("EngagementEvents", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            Type = t.Column<string>("TEXT", nullable: false),
            OccurredAt = t.Column<DateTime>("TEXT", nullable: false),
            ExternalId = t.Column<string>("TEXT", maxLength: 200, nullable: true),
            Url = t.Column<string>("TEXT", maxLength: 2000, nullable: true),
            Subject = t.Column<string>("TEXT", maxLength: 500, nullable: true),
            Text = t.Column<string>("TEXT", maxLength: 20000, nullable: true),
            Disposition = t.Column<string>("TEXT", nullable: true),
            CodedAt = t.Column<DateTime>("TEXT", nullable: true),
            CodedBy = t.Column<string>("TEXT", maxLength: 256, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_EngagementEvents", x => x.Id);
            t.ForeignKey("FK_EngagementEvents_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("StageChanges", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            From = t.Column<string>("TEXT", nullable: true),
            To = t.Column<string>("TEXT", nullable: false),
            Actor = t.Column<string>("TEXT", maxLength: 256, nullable: false),
            Reason = t.Column<string>("TEXT", maxLength: 1000, nullable: false),
            DefinitionVersion = t.Column<int>("INTEGER", nullable: false),
            At = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_StageChanges", x => x.Id);
            t.ForeignKey("FK_StageChanges_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("Touches", t => new
        {
            Id = t.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            LeadId = t.Column<int>("INTEGER", nullable: false),
            Channel = t.Column<string>("TEXT", nullable: false),
            Outcome = t.Column<string>("TEXT", nullable: false),
            At = t.Column<DateTime>("TEXT", nullable: false),
            ByUserId = t.Column<string>("TEXT", nullable: false),
            Note = t.Column<string>("TEXT", maxLength: 4000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Touches", x => x.Id);
            t.ForeignKey("FK_Touches_AspNetUsers_ByUserId", x => x.ByUserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Touches_Leads_LeadId", x => x.LeadId, "Leads", "Id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateIndex("IX_Accounts_Domain", "Accounts", "Domain", unique: true);
        m.CreateIndex("IX_EngagementEvents_ExternalId", "EngagementEvents", "ExternalId", unique: true, filter: "\"ExternalId\" IS NOT NULL");
        m.CreateIndex("IX_EngagementEvents_LeadId_OccurredAt", "EngagementEvents", ["LeadId", "OccurredAt"]);
        m.CreateIndex("IX_Leads_AccountId", "Leads", "AccountId");
        m.CreateIndex("IX_Leads_Email", "Leads", "Email", unique: true);
        m.CreateIndex("IX_Leads_OwnerId_Score_Id", "Leads", ["OwnerId", "Score", "Id"], descending: [false, true, false]);
        m.CreateIndex("IX_Leads_Score_Id", "Leads", ["Score", "Id"], descending: [true, false]);
        m.CreateIndex("IX_Leads_Stage_Score", "Leads", ["Stage", "Score"], descending: [false, true]);
        m.CreateIndex("IX_StageChanges_LeadId_At", "StageChanges", ["LeadId", "At"]);
        m.CreateIndex("IX_StageChanges_To_At", "StageChanges", ["To", "At"]);
        m.CreateIndex("IX_Touches_ByUserId", "Touches", "ByUserId");
        m.CreateIndex("IX_Touches_LeadId_At", "Touches", ["LeadId", "At"]);
    }

    private static void CreateIdentity(MigrationBuilder m)
    {
        m.CreateTable("AspNetRoles", t => new
        {
            Id = t.Column<string>("TEXT", nullable: false),
            Name = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>("TEXT", nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));

        m.CreateTable("AspNetUsers", t => new
        {
            Id = t.Column<string>("TEXT", nullable: false),
            DisplayName = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            IsActive = t.Column<bool>("INTEGER", nullable: false),
            UserName = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            Email = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>("TEXT", maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>("INTEGER", nullable: false),
            PasswordHash = t.Column<string>("TEXT", nullable: true),
            SecurityStamp = t.Column<string>("TEXT", nullable: true),
            ConcurrencyStamp = t.Column<string>("TEXT", nullable: true),
            PhoneNumber = t.Column<string>("TEXT", nullable: true),
            PhoneNumberConfirmed = t.Column<bool>("INTEGER", nullable: false),
            TwoFactorEnabled = t.Column<bool>("INTEGER", nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>("TEXT", nullable: true),
            LockoutEnabled = t.Column<bool>("INTEGER", nullable: false),
            AccessFailedCount = t.Column<int>("INTEGER", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));

        m.CreateTable("AspNetRoleClaims", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            RoleId = t.Column<string>("TEXT", nullable: false),
            ClaimType = t.Column<string>("TEXT", nullable: true),
            ClaimValue = t.Column<string>("TEXT", nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("AspNetUserClaims", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            UserId = t.Column<string>("TEXT", nullable: false),
            ClaimType = t.Column<string>("TEXT", nullable: true),
            ClaimValue = t.Column<string>("TEXT", nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("AspNetUserLogins", t => new
        {
            LoginProvider = t.Column<string>("TEXT", maxLength: 128, nullable: false),
            ProviderKey = t.Column<string>("TEXT", maxLength: 128, nullable: false),
            ProviderDisplayName = t.Column<string>("TEXT", nullable: true),
            UserId = t.Column<string>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("AspNetUserRoles", t => new
        {
            UserId = t.Column<string>("TEXT", nullable: false),
            RoleId = t.Column<string>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("AspNetUserTokens", t => new
        {
            UserId = t.Column<string>("TEXT", nullable: false),
            LoginProvider = t.Column<string>("TEXT", maxLength: 128, nullable: false),
            Name = t.Column<string>("TEXT", maxLength: 128, nullable: false),
            Value = t.Column<string>("TEXT", nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");
        m.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);
        m.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        m.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        m.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");
        m.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        m.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
                 {
                     "Touches", "StageChanges", "EngagementEvents", "Leads", "DefinitionVersions", "Accounts",
                     "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
                     "AspNetRoles", "AspNetUsers",
                 })
            m.DropTable(table);
    }
}
