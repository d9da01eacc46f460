using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Components.Account;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Admin;

/// <summary>A user an admin is creating.</summary>
public sealed record NewUser(string Name, string Email, IReadOnlyCollection<string> Roles);

/// <summary>The outcome of an action that issues a one-time password link (shown to the admin once, never stored).</summary>
public sealed record PasswordLinkResult(WorkResult Result, string? Link)
{
    public static PasswordLinkResult Failed(WorkResult result) => new(result, null);
}

/// <summary>
/// What admins do to users: create them (the user then sets a password through a one-time link), change roles,
/// deactivate (handing an SDR's open leads on) and reactivate, unlock, and reset a password. Each action runs
/// in one transaction with the audit row that records it, against the team rules of <see cref="TeamRules"/>;
/// an action that changes what a user may do renews their security stamp, which ends their sessions.
/// </summary>
public sealed class UserAdministration(
    IServiceScopeFactory scopes, IDbContextFactory<SdrDbContext> contexts, LeadAssignment assignment, TimeProvider clock)
{
    public const string OnlyAdmins = "Only an admin can manage users.";
    private const string MissingUser = "This user no longer exists.";

    public async Task<PasswordLinkResult> CreateAsync(ClaimsPrincipal admin, NewUser request, CancellationToken ct = default)
    {
        string? link = null;
        var result = await RunAsync(admin, userId: null, AdminAction.UserCreated, async op =>
        {
            var roles = TeamRules.CheckRoles(request.Roles);
            var name = TextLimits.Require(request.Name, AppUser.DisplayNameMaxLength, "The name")
                ?? throw new DomainException("Enter the user's name.");
            var email = request.Email.Trim();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Require(await op.Users.CreateAsync(user));
            Require(await op.Users.AddToRolesAsync(user, roles));
            op.Subject = user;
            link = PasswordLinks.PathFor(user.Id, await op.Users.GeneratePasswordResetTokenAsync(user));
            return $"{Roles(roles)}; password link issued";
        }, ct);
        return new PasswordLinkResult(result, result.Succeeded ? link : null);
    }

    public Task<WorkResult> ChangeRolesAsync(ClaimsPrincipal admin, string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default) =>
        RunAsync(admin, userId, AdminAction.RolesChanged, async op =>
        {
            var before = await op.Users.GetRolesAsync(op.Subject!);
            var after = TeamRules.CheckRoleChange(await TeamAsync(op.Db, ct), userId, roles);
            Require(await op.Users.RemoveFromRolesAsync(op.Subject!, before.Except(after)));
            Require(await op.Users.AddToRolesAsync(op.Subject!, after.Except(before)));
            // The sign-in cookie carries the roles: a new stamp ends the sessions, so the new roles apply at once.
            Require(await op.Users.UpdateSecurityStampAsync(op.Subject!));
            return $"{Roles(before)} → {Roles(after)}";
        }, ct);

    /// <summary>Deactivates the user (their sessions end), then hands their open leads on if they hold any.</summary>
    public async Task<HandOnReport> DeactivateAsync(ClaimsPrincipal admin, string userId, LeadDestination leadsTo, CancellationToken ct = default)
    {
        var deactivated = await RunAsync(admin, userId, AdminAction.Deactivated, async op =>
        {
            TeamRules.CheckDeactivation(await TeamAsync(op.Db, ct), LeadAccess.ViewerOf(admin).UserId, userId);
            op.Subject!.IsActive = false;
            Require(await op.Users.UpdateSecurityStampAsync(op.Subject));
            return "Can no longer sign in";
        }, ct);
        return deactivated.Succeeded ? await HandOnLeadsAsync(admin, userId, leadsTo, ct) : HandOnReport.Failed(deactivated);
    }

    /// <summary>Moves a deactivated user's open leads (those a deactivation could not move, or an SDR's left behind).</summary>
    public async Task<HandOnReport> HandOnLeadsAsync(ClaimsPrincipal admin, string userId, LeadDestination leadsTo, CancellationToken ct = default)
    {
        if (!IsAdmin(admin))
            return HandOnReport.Failed(WorkResult.Refused(OnlyAdmins));
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct) is not { } user)
                return HandOnReport.Failed(WorkResult.Missing(MissingUser));
            if (user.IsActive)
                return HandOnReport.Failed(WorkResult.Refused("Deactivate the user before handing their leads on."));
            if (!await db.Leads.AnyAsync(l => l.OwnerId == userId && !Domain.Leads.LifecycleRules.ClosedStages.Contains(l.Stage), ct))
                return new HandOnReport(WorkResult.Done, 0, []);
        }
        var report = await assignment.HandOnAsync(admin, userId, leadsTo, ct);
        if (!report.Result.Succeeded)
            return report;
        var to = leadsTo.NamedSdrId is { } named ? $"to {await NameOfAsync(named, ct)}" : "round robin";
        var recorded = await RunAsync(admin, userId, AdminAction.LeadsHandedOn, _ => Task.FromResult($"{report.Summary.TrimEnd('.')}, {to}"), ct);
        return recorded.Succeeded ? report : report with { Result = recorded };
    }

    public Task<WorkResult> ReactivateAsync(ClaimsPrincipal admin, string userId, CancellationToken ct = default) =>
        RunAsync(admin, userId, AdminAction.Reactivated, op =>
        {
            if (op.Subject!.IsActive)
                throw new DomainException("This user is already active.");
            op.Subject.IsActive = true;
            return Task.FromResult("Can sign in again");
        }, ct);

    public Task<WorkResult> UnlockAsync(ClaimsPrincipal admin, string userId, CancellationToken ct = default) =>
        RunAsync(admin, userId, AdminAction.Unlocked, async op =>
        {
            Require(await op.Users.SetLockoutEndDateAsync(op.Subject!, null));
            Require(await op.Users.ResetAccessFailedCountAsync(op.Subject!));
            return "Failed sign-ins cleared";
        }, ct);

    /// <summary>
    /// Removes the user's password (it stops working and their sessions end) and issues a link through which
    /// they choose a new one; an earlier link is spent with the old stamp.
    /// </summary>
    public async Task<PasswordLinkResult> ResetPasswordAsync(ClaimsPrincipal admin, string userId, CancellationToken ct = default)
    {
        string? link = null;
        var result = await RunAsync(admin, userId, AdminAction.PasswordReset, async op =>
        {
            if (await op.Users.HasPasswordAsync(op.Subject!))
                Require(await op.Users.RemovePasswordAsync(op.Subject!));
            else
                Require(await op.Users.UpdateSecurityStampAsync(op.Subject!));
            link = PasswordLinks.PathFor(userId, await op.Users.GeneratePasswordResetTokenAsync(op.Subject!));
            return "Password removed; password link issued";
        }, ct);
        return new PasswordLinkResult(result, result.Succeeded ? link : null);
    }

    /// <summary>The admin actions, latest first, a page at a time.</summary>
    public async Task<AuditPage> AuditAsync(ClaimsPrincipal admin, int page, int pageSize, CancellationToken ct = default)
    {
        if (!IsAdmin(admin))
            return new AuditPage([], 0);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await db.AdminAuditEntries.CountAsync(ct);
        var rows = await db.AdminAuditEntries.AsNoTracking()
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.At, e.ActorName, e.Action, e.SubjectName, e.Details))
            .ToListAsync(ct);
        return new AuditPage(rows, total);
    }

    private sealed class UserOperation(UserManager<AppUser> users, SdrDbContext db)
    {
        public UserManager<AppUser> Users { get; } = users;
        public SdrDbContext Db { get; } = db;
        public AppUser? Subject { get; set; }
    }

    /// <summary>
    /// One admin action: the admin check, the subject loaded fresh, the change and its audit row in one
    /// transaction (taken at once, so two admins cannot each remove the other's last admin), and any refusal,
    /// Identity error or busy database as a <see cref="WorkResult"/>. The change returns the audit row's details.
    /// </summary>
    private async Task<WorkResult> RunAsync(ClaimsPrincipal admin, string? userId, AdminAction action, Func<UserOperation, Task<string>> change, CancellationToken ct)
    {
        if (!IsAdmin(admin))
            return WorkResult.Refused(OnlyAdmins);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var op = new UserOperation(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), scope.ServiceProvider.GetRequiredService<SdrDbContext>());
            await using var transaction = await op.Db.Database.BeginTransactionAsync(ct);
            if (userId is not null && (op.Subject = await op.Users.FindByIdAsync(userId)) is null)
                return WorkResult.Missing(MissingUser);
            var details = await change(op);
            Require(await op.Users.UpdateAsync(op.Subject!));
            var by = LeadAccess.ActingAs(admin);
            op.Db.AdminAuditEntries.Add(new AdminAuditEntry(clock.GetUtcNow().UtcDateTime, by.UserId, by.Name, action, op.Subject!.Id,
                $"{op.Subject.DisplayName} <{op.Subject.Email}>", details));
            await op.Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return WorkResult.Done;
        }
        catch (Exception e) when (LeadWork.Translate(e) is { } result)
        {
            return result;
        }
    }

    private static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Domain.Users.Roles.Admin);

    private async Task<string> NameOfAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? userId;
    }

    private static async Task<IReadOnlyList<TeamMember>> TeamAsync(SdrDbContext db, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.IsActive }).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return users.Select(u => new TeamMember(u.Id, u.IsActive, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList())).ToList();
    }

    private static string Roles(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles) : "no role";

    /// <summary>An Identity refusal (a taken email, a bad address) reads like a rule's.</summary>
    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

public sealed record AuditRow(DateTime At, string Admin, AdminAction Action, string User, string Details);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);
