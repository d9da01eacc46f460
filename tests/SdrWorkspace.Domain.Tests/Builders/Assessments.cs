using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>Qualification drafts started on a lead at <see cref="TestClock.Now"/>, filled in as the SDR did on the call.</summary>
public static class Assessments
{
    public const string Sdr = Moves.Sdr;
    public const string Colleague = "colleague@example.com";

    /// <summary>The colleague who finishes the qualification: a manager, who works every lead.</summary>
    public static readonly Actor ColleagueActor = new("colleague-1", Colleague, [Roles.Manager]);

    public static Assessment Start(Lead lead, Framework framework = Framework.BANT) =>
        new(lead, framework, Sdr, Moves.Version, TestClock.Now);

    public static Assessment Answered(Lead lead, Framework framework, AnswersBuilder answers) =>
        Start(lead, framework).With(answers);

    /// <summary>Enters each answer of the form, as <paramref name="actor"/>.</summary>
    public static Assessment With(this Assessment assessment, AnswersBuilder answers, string actor = Sdr)
    {
        foreach (var (key, answer) in answers.Build())
            assessment.Answer(key, answer.State, answer.Evidence, actor, TestClock.Now);
        return assessment;
    }
}
