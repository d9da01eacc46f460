using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Domain.Tests.Qualification;

public class FrameworkCatalogueTests
{
    [Theory]
    [InlineData(Framework.BANT, new[] { "budget", "authority", "need", "timeline" })]
    [InlineData(Framework.MEDDIC, new[] { "metrics", "economic_buyer", "decision_criteria", "decision_process", "identify_pain", "champion" })]
    [InlineData(Framework.CHAMP, new[] { "challenges", "authority", "money", "prioritization" })]
    public void EachFrameworkHasItsCriteriaInOrder(Framework framework, string[] keys)
    {
        Assert.Equal(keys, FrameworkCatalogue.Criteria(framework).Select(c => c.Key));
    }

    [Theory]
    [InlineData(Framework.BANT, "timeline")]
    [InlineData(Framework.MEDDIC, "decision_process")]
    [InlineData(Framework.CHAMP, "prioritization")]
    public void EachFrameworkHasExactlyOneTimingCriterion(Framework framework, string key)
    {
        Assert.Equal(key, Assert.Single(FrameworkCatalogue.Criteria(framework), c => c.IsTiming).Key);
    }

    [Theory]
    [InlineData(Framework.BANT)]
    [InlineData(Framework.MEDDIC)]
    [InlineData(Framework.CHAMP)]
    public void EveryCriterionHasANameAndGuidedQuestions(Framework framework)
    {
        Assert.All(FrameworkCatalogue.Criteria(framework), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.NotEmpty(c.Questions);
            Assert.All(c.Questions, q => Assert.EndsWith("?", q));
        });
    }

    [Theory]
    [InlineData(Framework.BANT)]
    [InlineData(Framework.MEDDIC)]
    [InlineData(Framework.CHAMP)]
    public void TheDescriptionNamesEveryCriterion(Framework framework)
    {
        var description = FrameworkCatalogue.Describe(framework);

        Assert.All(FrameworkCatalogue.Criteria(framework), c => Assert.Contains(c.Name, description, StringComparison.OrdinalIgnoreCase));
    }
}
