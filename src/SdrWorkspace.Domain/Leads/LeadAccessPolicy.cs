using System.Linq.Expressions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Leads;

/// <summary>
/// Who may see and who may work a lead, written once. Each question has a query form (an expression the
/// database runs, so a guessed id shows nothing) and an in-memory form (for a lead loaded with its shares,
/// the domain's own checks and what the screens offer); a test holds the two to the same answers.
/// <para>
/// An SDR a manager shared a lead with works it exactly like the owner: sharing is cover for an absence or a
/// second pair of hands, and an MQL whose owner is away must still be answered inside its SLA and an SQL
/// handed to sales. Managers work every lead; marketing, admins and AEs see leads but do not work them.
/// </para>
/// </summary>
public static class LeadAccessPolicy
{
    /// <summary>What an AE sees: the leads handed to sales.</summary>
    private static readonly LifecycleStage[] HandedToSales = [LifecycleStage.SQL, LifecycleStage.Opportunity];

    /// <summary>Managers, marketing and admins see every lead.</summary>
    public static bool SeesAll(Viewer viewer) =>
        viewer.Is(Roles.Manager) || viewer.Is(Roles.Marketing) || viewer.Is(Roles.Admin);

    /// <summary>Managers work every lead (and share and reassign them).</summary>
    public static bool WorksAll(Viewer viewer) => viewer.IsManager;

    public static Expression<Func<Lead, bool>> Visible(Viewer viewer)
    {
        if (SeesAll(viewer))
            return _ => true;
        var userId = viewer.UserId;
        var isSdr = viewer.Is(Roles.Sdr);
        var isAe = viewer.Is(Roles.AccountExecutive);
        return lead => (isSdr && (lead.OwnerId == userId || lead.Shares.Any(s => s.UserId == userId)))
            || (isAe && HandedToSales.Contains(lead.Stage));
    }

    public static bool MaySee(Viewer viewer, Lead lead) =>
        SeesAll(viewer)
        || IsSdrOf(viewer, lead)
        || (viewer.Is(Roles.AccountExecutive) && HandedToSales.Contains(lead.Stage));

    /// <summary>Touches, next steps, qualification, reply coding, reopening: the SDR's work on a lead.</summary>
    public static Expression<Func<Lead, bool>> Workable(Viewer viewer)
    {
        if (WorksAll(viewer))
            return _ => true;
        var userId = viewer.UserId;
        var isSdr = viewer.Is(Roles.Sdr);
        return lead => isSdr && (lead.OwnerId == userId || lead.Shares.Any(s => s.UserId == userId));
    }

    public static bool MayWork(Viewer viewer, Lead lead) => WorksAll(viewer) || IsSdrOf(viewer, lead);

    /// <summary>The MQLs a viewer answers for sales (accept or reject): those they work that are MQLs now.</summary>
    public static Expression<Func<Lead, bool>> MqlsToAnswer(Viewer viewer)
    {
        var workable = Workable(viewer);
        var lead = workable.Parameters[0];
        return Expression.Lambda<Func<Lead, bool>>(
            Expression.AndAlso(Expression.Equal(Expression.Property(lead, nameof(Lead.Stage)), Expression.Constant(LifecycleStage.MQL)), workable.Body),
            lead);
    }

    public static bool MayAnswerMql(Viewer viewer, Lead lead) => lead.Stage == LifecycleStage.MQL && MayWork(viewer, lead);

    /// <summary>Handing an SQL to an AE: whoever works the lead, while it is an SQL.</summary>
    public static bool MayHandOver(Viewer viewer, Lead lead) => lead.Stage == LifecycleStage.SQL && MayWork(viewer, lead);

    public static bool MayReopen(Viewer viewer, Lead lead) => lead.Stage == LifecycleStage.Disqualified && MayWork(viewer, lead);

    /// <summary>Accepting or returning a handover: the AE it went to, or a manager.</summary>
    public static bool MayDecideHandover(Viewer viewer, SqlHandover handover) =>
        viewer.IsManager || (viewer.Is(Roles.AccountExecutive) && viewer.UserId == handover.AeUserId);

    /// <summary>Sharing a lead with another SDR and giving it a new owner are a manager's.</summary>
    public static bool MayShareOrReassign(Viewer viewer) => viewer.IsManager;

    /// <summary>Handing a deactivated user's open leads on: the admin who deactivates them, or a manager.</summary>
    public static bool MayHandOnLeads(Viewer viewer) => viewer.IsManager || viewer.Is(Roles.Admin);

    /// <summary>The leads a viewer may hand on from a leaving user: those the leaving user still owns.</summary>
    public static Expression<Func<Lead, bool>> HandedOnFrom(Viewer viewer, string leavingId)
    {
        var may = MayHandOnLeads(viewer);
        return lead => may && lead.OwnerId == leavingId;
    }

    private static bool IsSdrOf(Viewer viewer, Lead lead) =>
        viewer.Is(Roles.Sdr) && (lead.OwnerId == viewer.UserId || lead.IsSharedWith(viewer.UserId));
}
