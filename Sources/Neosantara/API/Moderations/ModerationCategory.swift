/// A category of harmful content a moderation model checks for.
public struct ModerationCategory: OpenStringEnum {
    /// The wire spelling of the value.
    public let rawValue: String

    /// Creates a value from its wire spelling; any string is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Hate speech.
    public static let hate = Self(rawValue: "hate")

    /// Hateful content that also threatens violence.
    public static let hateThreatening = Self(rawValue: "hate/threatening")

    /// Harassment.
    public static let harassment = Self(rawValue: "harassment")

    /// Harassment that also threatens violence.
    public static let harassmentThreatening = Self(rawValue: "harassment/threatening")

    /// Content about self-harm.
    public static let selfHarm = Self(rawValue: "self-harm")

    /// Intent to self-harm.
    public static let selfHarmIntent = Self(rawValue: "self-harm/intent")

    /// Instructions for self-harm.
    public static let selfHarmInstructions = Self(rawValue: "self-harm/instructions")

    /// Sexual content.
    public static let sexual = Self(rawValue: "sexual")

    /// Sexual content involving minors.
    public static let sexualMinors = Self(rawValue: "sexual/minors")

    /// Violence.
    public static let violence = Self(rawValue: "violence")

    /// Graphic violence.
    public static let violenceGraphic = Self(rawValue: "violence/graphic")

    /// Profanity.
    public static let profanity = Self(rawValue: "profanity")
}
