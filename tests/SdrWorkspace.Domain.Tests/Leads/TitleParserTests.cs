using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

public class TitleParserTests
{
    [Theory]
    [InlineData("VP of Sales", Seniority.VP, JobFunction.Sales)]
    [InlineData("Vice President of Sales", Seniority.VP, JobFunction.Sales)]
    [InlineData("Vice-President, Marketing", Seniority.VP, JobFunction.Marketing)]
    [InlineData("VP, Sales", Seniority.VP, JobFunction.Sales)]
    [InlineData("SVP Marketing", Seniority.VP, JobFunction.Marketing)]
    [InlineData("EVP, Sales & Marketing", Seniority.VP, JobFunction.Sales)]
    [InlineData("Head of Revenue Operations", Seniority.VP, JobFunction.RevenueOperations)]
    [InlineData("VP IT", Seniority.VP, JobFunction.IT)]
    [InlineData("CEO", Seniority.CLevel, JobFunction.Other)]
    [InlineData("CEO & Founder", Seniority.CLevel, JobFunction.Other)]
    [InlineData("Chief Executive Officer", Seniority.CLevel, JobFunction.Other)]
    [InlineData("Chief Marketing Officer", Seniority.CLevel, JobFunction.Marketing)]
    [InlineData("President", Seniority.CLevel, JobFunction.Other)]
    [InlineData("CRO", Seniority.CLevel, JobFunction.RevenueOperations)]
    [InlineData("CMO", Seniority.CLevel, JobFunction.Marketing)]
    [InlineData("CIO", Seniority.CLevel, JobFunction.IT)]
    [InlineData("CTO", Seniority.CLevel, JobFunction.Engineering)]
    [InlineData("CFO", Seniority.CLevel, JobFunction.Finance)]
    [InlineData("COO", Seniority.CLevel, JobFunction.Operations)]
    [InlineData("Director of Marketing", Seniority.Director, JobFunction.Marketing)]
    [InlineData("IT Director", Seniority.Director, JobFunction.IT)]
    [InlineData("Director, IT", Seniority.Director, JobFunction.IT)]
    [InlineData("Sales Director, EMEA", Seniority.Director, JobFunction.Sales)]
    [InlineData("Director of Sales Operations", Seniority.Director, JobFunction.RevenueOperations)]
    [InlineData("Sales Manager", Seniority.Manager, JobFunction.Sales)]
    [InlineData("Demand Gen Manager", Seniority.Manager, JobFunction.Marketing)]
    [InlineData("Team Lead, Security", Seniority.Manager, JobFunction.IT)]
    [InlineData("Operations Manager", Seniority.Manager, JobFunction.Operations)]
    [InlineData("Account Executive", Seniority.IndividualContributor, JobFunction.Sales)]
    [InlineData("SDR", Seniority.IndividualContributor, JobFunction.Sales)]
    [InlineData("Software Engineer", Seniority.IndividualContributor, JobFunction.Engineering)]
    [InlineData("Senior Developer", Seniority.IndividualContributor, JobFunction.Engineering)]
    [InlineData("Financial Controller", Seniority.IndividualContributor, JobFunction.Finance)]
    [InlineData("HR Business Partner", Seniority.IndividualContributor, JobFunction.HumanResources)]
    [InlineData("Talent Acquisition Specialist", Seniority.IndividualContributor, JobFunction.HumanResources)]
    [InlineData("Student", Seniority.IndividualContributor, JobFunction.Other)]
    public void ATypicalTitleGivesItsSeniorityAndFunction(string title, Seniority seniority, JobFunction function)
    {
        Assert.Equal(seniority, TitleParser.SeniorityOf(title));
        Assert.Equal(function, TitleParser.FunctionOf(title));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoTitleMeansUnknownSeniorityAndFunction(string? title)
    {
        Assert.Equal(Seniority.Unknown, TitleParser.SeniorityOf(title));
        Assert.Equal(JobFunction.Unknown, TitleParser.FunctionOf(title));
    }

    [Fact]
    public void TitlesAreReadInAnyCase()
    {
        Assert.Equal(Seniority.VP, TitleParser.SeniorityOf("vp OF sales"));
        Assert.Equal(JobFunction.Sales, TitleParser.FunctionOf("VP OF SALES"));
    }

    [Fact]
    public void WordsInsideOtherWordsDoNotCount()
    {
        Assert.Equal(Seniority.IndividualContributor, TitleParser.SeniorityOf("Leadership Coach"));
        Assert.Equal(JobFunction.Other, TitleParser.FunctionOf("Editor"));
    }
}
