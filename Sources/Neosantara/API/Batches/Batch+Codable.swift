extension Batch: Codable {
    enum CodingKeys: String, CodingKey {
        case id, object, endpoint, status, errors, metadata, model, usage
        case inputFileID = "input_file_id"
        case completionWindow = "completion_window"
        case outputFileID = "output_file_id"
        case errorFileID = "error_file_id"
        case requestCounts = "request_counts"
        case createdAt = "created_at"
        case inProgressAt = "in_progress_at"
        case expiresAt = "expires_at"
        case finalizingAt = "finalizing_at"
        case completedAt = "completed_at"
        case failedAt = "failed_at"
        case expiredAt = "expired_at"
        case cancellingAt = "cancelling_at"
        case cancelledAt = "cancelled_at"
        case canceledAt = "canceled_at"
    }

    /// Decodes a batch; only `id`, `endpoint` and `status` are required, and the cancel time is read from
    /// either spelling, `cancelled_at` or `canceled_at`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        endpoint = try container.decode(BatchEndpoint.self, forKey: .endpoint)
        status = try container.decode(BatchStatus.self, forKey: .status)
        inputFileID = try container.decodeIfPresent(String.self, forKey: .inputFileID)
        completionWindow = try container.decodeIfPresent(BatchCompletionWindow.self, forKey: .completionWindow)
        outputFileID = try container.decodeIfPresent(String.self, forKey: .outputFileID)
        errorFileID = try container.decodeIfPresent(String.self, forKey: .errorFileID)
        errors = try container.decodeIfPresent(BatchErrors.self, forKey: .errors)
        requestCounts = try container.decodeIfPresent(BatchRequestCounts.self, forKey: .requestCounts)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        inProgressAt = try container.decodeIfPresent(Int.self, forKey: .inProgressAt)
        expiresAt = try container.decodeIfPresent(Int.self, forKey: .expiresAt)
        finalizingAt = try container.decodeIfPresent(Int.self, forKey: .finalizingAt)
        completedAt = try container.decodeIfPresent(Int.self, forKey: .completedAt)
        failedAt = try container.decodeIfPresent(Int.self, forKey: .failedAt)
        expiredAt = try container.decodeIfPresent(Int.self, forKey: .expiredAt)
        cancellingAt = try container.decodeIfPresent(Int.self, forKey: .cancellingAt)
        cancelledAt =
            try container.decodeIfPresent(Int.self, forKey: .cancelledAt)
            ?? container.decodeIfPresent(Int.self, forKey: .canceledAt)
    }

    /// Encodes a batch as OpenAI spells it, the cancel time as `cancelled_at`; fields without a value are left
    /// out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(object, forKey: .object)
        try container.encode(endpoint, forKey: .endpoint)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(inputFileID, forKey: .inputFileID)
        try container.encodeIfPresent(completionWindow, forKey: .completionWindow)
        try container.encodeIfPresent(outputFileID, forKey: .outputFileID)
        try container.encodeIfPresent(errorFileID, forKey: .errorFileID)
        try container.encodeIfPresent(errors, forKey: .errors)
        try container.encodeIfPresent(requestCounts, forKey: .requestCounts)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(inProgressAt, forKey: .inProgressAt)
        try container.encodeIfPresent(expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(finalizingAt, forKey: .finalizingAt)
        try container.encodeIfPresent(completedAt, forKey: .completedAt)
        try container.encodeIfPresent(failedAt, forKey: .failedAt)
        try container.encodeIfPresent(expiredAt, forKey: .expiredAt)
        try container.encodeIfPresent(cancellingAt, forKey: .cancellingAt)
        try container.encodeIfPresent(cancelledAt, forKey: .cancelledAt)
    }
}
