namespace Assessment.Core.Reporting;

/// <summary>
/// The five priorities of the Canterbury Community Safety Partnership action plan, as the partnership
/// publishes them (canterbury.gov.uk, "Canterbury Community Safety Partnership action plan").
/// </summary>
public static class CanterburyPriorities
{
    /// <summary>Attribution for the descriptions and commitments.</summary>
    public const string Source = "Canterbury Community Safety Partnership action plan, Canterbury City Council (canterbury.gov.uk)";

    /// <summary>The five priorities in the order the partnership lists them.</summary>
    public static IReadOnlyList<PriorityTheme> Default { get; } =
    [
        new("Disrupt serious and organised crime",
            "Includes county lines and child sexual exploitation.",
            ["Hold training sessions for partners on information sharing and serious and organised crime awareness", "Create awareness campaigns",
             "Run community safety hubs and neighbourhood engagement days", "Promote crime reporting", "Increase youth provision"],
            ["Drugs", "Possession of weapons"], Source),
        new("Safeguarding and focus on vulnerable people",
            "Includes the Prevent duty, drugs and alcohol, hate crime and domestic abuse.",
            ["Explore options around being part of a hospital pathway team", "Use a new safeguarding reporting system for more detailed analysis",
             "Champion domestic abuse project work and referrals", "Offer training for partners on victims and perpetrators",
             "Raise awareness of the signs of domestic abuse and of radicalisation, and of how to report them"],
            [], Source),
        new("Support young people",
            "Includes higher and further education, intervention and referral to prevent harm, and Local Children's Partnership Groups.",
            ["Support mental health drop-in sessions in universities", "Support and signpost safe places for social interaction",
             "Increase awareness that young people involved in crime can also be victims of grooming or coercion",
             "Create location assessments to identify places where children and young people might come to harm"],
            [], Source),
        new("Night-time economy and violence",
            "Includes violence against women and girls, and the Serious Violence Duty.",
            ["Promote safety campaigns including Ask Angela, the Student Safe Taxi scheme and Connected Routes", "Offer bystander training",
             "Run targeted night-time operations and night-time economy Safety Hubs", "Offer Violence Against Women and Girls training for businesses"],
            ["Violence and sexual offences", "Public order"], Source),
        new("Disrupt anti-social behaviour",
            "Includes environmental offences.",
            ["Support and promote good neighbour campaigns", "Support intervention by police in waste crimes", "Run targeted operations and pop-up Safety Hubs",
             "Tackle graffiti"],
            ["Anti-social behaviour", "Criminal damage and arson"], Source),
    ];
}
