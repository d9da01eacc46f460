using System.Linq.Expressions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;

namespace SdrWorkspace.Web.Features.Queue;

/// <summary>
/// The domain's queue rules (<see cref="QueueRanking.Workable"/>, <see cref="QueueRanking.AheadOfScore"/>)
/// turned into filters on the stored leads, so the database applies the same rule the ranking does.
/// A queue candidate's facts are the lead's columns of the same names.
/// </summary>
internal static class QueueRules
{
    public static Expression<Func<Lead, bool>> OnLeads(Expression<Func<QueueCandidate, QueueClock, bool>> rule, QueueClock clock, bool negate = false)
    {
        var lead = Expression.Parameter(typeof(Lead), "lead");
        var body = new Rebinder(rule.Parameters[0], lead, rule.Parameters[1], Expression.Constant(clock)).Visit(rule.Body);
        return Expression.Lambda<Func<Lead, bool>>(negate ? Expression.Not(body) : body, lead);
    }

    private sealed class Rebinder(ParameterExpression candidate, ParameterExpression lead, ParameterExpression clock, Expression now) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == candidate
                ? Expression.Property(lead, node.Member.Name == nameof(QueueCandidate.LeadId) ? nameof(Lead.Id) : node.Member.Name)
                : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) => node == clock ? now : base.VisitParameter(node);
    }
}
