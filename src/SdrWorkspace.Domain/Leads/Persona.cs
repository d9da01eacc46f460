namespace SdrWorkspace.Domain.Leads;

public enum Seniority
{
    Unknown,
    IndividualContributor,
    Manager,
    Director,
    VP,
    CLevel,
}

public enum JobFunction
{
    Unknown,
    Sales,
    Marketing,
    RevenueOperations,
    IT,
    Engineering,
    Finance,
    Operations,
    HumanResources,
    Other,
}

public enum BuyingRole
{
    Unknown,
    EconomicBuyer,
    TechnicalEvaluator,
    User,
}

/// <summary>Reads seniority and function from a free-text job title, as imports and forms deliver it.</summary>
public static class TitleParser
{
    public static Seniority SeniorityOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return Seniority.Unknown;
        var t = Words(title);
        if (ContainsAny(t, " ceo ", " cfo ", " cto ", " cio ", " cmo ", " cro ", " coo ", "chief ", " founder", " president ", " owner ")
            && !t.Contains(" product owner ", StringComparison.Ordinal))
            return Seniority.CLevel;
        if (ContainsAny(t, " vp ", " svp ", " evp ", " head of "))
            return Seniority.VP;
        if (ContainsAny(t, "director"))
            return Seniority.Director;
        if (ContainsAny(t, "manager", " lead ", "team lead", "supervisor"))
            return Seniority.Manager;
        return Seniority.IndividualContributor;
    }

    public static JobFunction FunctionOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return JobFunction.Unknown;
        var t = Words(title);
        if (ContainsAny(t, "revenue operations", "revops", "sales operations", "sales ops", " cro "))
            return JobFunction.RevenueOperations;
        if (ContainsAny(t, "sales", "business development", "account executive", " sdr ", " bdr "))
            return JobFunction.Sales;
        if (ContainsAny(t, "marketing", "demand gen", "growth", " cmo ", "brand"))
            return JobFunction.Marketing;
        if (ContainsAny(t, " it ", "information technology", "chief information", " cio ", "infrastructure", "systems", "security"))
            return JobFunction.IT;
        if (ContainsAny(t, "engineer", " cto ", "developer", "software", "technology"))
            return JobFunction.Engineering;
        if (ContainsAny(t, "finance", "financial officer", " cfo ", "controller", "accounting", "procurement"))
            return JobFunction.Finance;
        if (ContainsAny(t, "operations", " coo "))
            return JobFunction.Operations;
        if (ContainsAny(t, " hr ", "human resources", "people", "talent"))
            return JobFunction.HumanResources;
        return JobFunction.Other;
    }

    /// <summary>
    /// The title's words in lower case, each between single spaces, so " vp " is found in "VP, Sales" too;
    /// "vice president" becomes "vp" so that " president " (C-level) does not match it.
    /// </summary>
    private static string Words(string title)
    {
        var words = new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $" {string.Join(' ', words)} ".Replace(" vice president ", " vp ", StringComparison.Ordinal);
    }

    private static bool ContainsAny(string text, params string[] needles) =>
        needles.Any(n => text.Contains(n, StringComparison.Ordinal));
}
