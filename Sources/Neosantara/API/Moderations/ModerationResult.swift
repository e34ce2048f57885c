/// The moderation verdict for one input.
public struct ModerationResult: Codable, Hashable, Sendable {
    /// Whether any category was flagged.
    public var flagged: Bool
    /// Whether each category was flagged, by wire name (`"self-harm"`, …).
    public var categories: [String: Bool]
    /// The model's confidence for each category, 0 to 1, by wire name.
    public var categoryScores: [String: Double]

    /// Creates a verdict.
    public init(flagged: Bool, categories: [String: Bool] = [:], categoryScores: [String: Double] = [:]) {
        self.flagged = flagged
        self.categories = categories
        self.categoryScores = categoryScores
    }

    /// Whether `category` was flagged, or `nil` when the model did not report it.
    public func isFlagged(_ category: ModerationCategory) -> Bool? {
        categories[category.rawValue]
    }

    /// The score of `category`, or `nil` when the model did not report it.
    public func score(_ category: ModerationCategory) -> Double? {
        categoryScores[category.rawValue]
    }

    /// The categories that were flagged.
    public var flaggedCategories: [ModerationCategory] {
        categories.filter(\.value).keys.sorted().map(ModerationCategory.init(rawValue:))
    }

    enum CodingKeys: String, CodingKey {
        case flagged, categories
        case categoryScores = "category_scores"
    }

    /// Decodes a verdict; missing maps read as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        flagged = try container.decodeIfPresent(Bool.self, forKey: .flagged) ?? false
        categories = try container.decodeIfPresent([String: Bool].self, forKey: .categories) ?? [:]
        categoryScores = try container.decodeIfPresent([String: Double].self, forKey: .categoryScores) ?? [:]
    }
}
