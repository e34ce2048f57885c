/// The whole body of an error response: the error, and the gateway's metadata when it sends some.
struct APIErrorBody: Decodable {
    var error: APIError
    var infoMetadata: Metadata?

    enum CodingKeys: String, CodingKey {
        case error
        case infoMetadata = "info_metadata"
    }

    /// Decodes `{"error": {…}}`, and also `{"error": "text"}`, which some proxies send.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try? container.decode(String.self, forKey: .error) {
            error = APIError(message: text)
        } else {
            error = try container.decode(APIError.self, forKey: .error)
        }
        infoMetadata = try? container.decodeIfPresent(Metadata.self, forKey: .infoMetadata)
    }
}
