using System.Linq.Expressions;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Search;

/// <summary>
/// Which leads and accounts a search finds, as queries the database runs. Names and emails match from their
/// start (a range on columns that compare without case, so an index answers it at 100k leads); a company
/// matches anywhere in its name (accounts are few); a phone matches by its digits in order. Every lead query
/// also filters by <see cref="LeadAccessPolicy"/>: the search never finds what the viewer may not see.
/// </summary>
public static class LeadSearch
{
    /// <summary>Accounts whose name holds the text (lower() and the folded text agree on A to Z).</summary>
    public static Expression<Func<Account, bool>> Accounts(SearchTerms terms)
    {
        var text = terms.Text;
        return account => account.Name.ToLower().Contains(text);
    }

    /// <summary>Leads whose first name, last name, "first last" or email starts with the text, or who work at one of <paramref name="accountIds"/>.</summary>
    public static Expression<Func<Lead, bool>> Leads(SearchTerms terms, IQueryable<int> accountIds)
    {
        var from = terms.Text;
        var to = SearchTerms.UpperBoundOf(from);
        if (terms is { FirstWord: { } first, RestOfName: { } rest })
        {
            var firstTo = SearchTerms.UpperBoundOf(first);
            var restTo = SearchTerms.UpperBoundOf(rest);
            return lead => (string.Compare(lead.FirstName, first) >= 0 && string.Compare(lead.FirstName, firstTo) < 0
                    && string.Compare(lead.LastName, rest) >= 0 && string.Compare(lead.LastName, restTo) < 0)
                || (string.Compare(lead.LastName, from) >= 0 && string.Compare(lead.LastName, to) < 0)
                || (lead.AccountId != null && accountIds.Contains(lead.AccountId.Value));
        }
        return lead => (string.Compare(lead.FirstName, from) >= 0 && string.Compare(lead.FirstName, to) < 0)
            || (string.Compare(lead.LastName, from) >= 0 && string.Compare(lead.LastName, to) < 0)
            || (string.Compare(lead.Email, from) >= 0 && string.Compare(lead.Email, to) < 0)
            || (lead.AccountId != null && accountIds.Contains(lead.AccountId.Value));
    }
}
