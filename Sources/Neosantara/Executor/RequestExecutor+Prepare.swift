import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat

extension RequestExecutor {
    /// A request ready to send: its head, its body, and the body's bytes when they are in memory, which
    /// middleware and the trace log see.
    struct PreparedRequest: Sendable {
        var head: HTTPRequest
        var body: HTTPRequestBody?
        var bodyData: Data?
    }

    /// Builds the request head and body, or throws before anything is sent: a missing key, a base URL that
    /// is not absolute, or a body that does not encode.
    func prepare(
        _ route: Route,
        _ payload: RequestPayload,
        requestID: String,
        options: RequestOptions
    ) throws -> PreparedRequest {
        guard let apiKey = configuration.apiKey else {
            throw NeosantaraError(
                kind: .missingAPIKey, message: "no API key was given and NEOSANTARA_API_KEY is not set")
        }
        guard let server else {
            throw NeosantaraError(
                kind: .invalidRequest, message: "the base URL \(configuration.baseURL) is not an absolute URL",
                parameter: "baseURL")
        }

        var fields = HTTPFields()
        fields.reserveCapacity(8)
        fields.append(HTTPField(name: .userAgent, value: NeosantaraClient.userAgent))
        fields.append(HTTPField(name: .accept, value: route.accept))
        fields.append(HTTPField(name: Self.requestIDField, value: requestID))
        var prepared = PreparedRequest(
            head: HTTPRequest(method: route.method, scheme: nil, authority: nil, path: nil), body: nil, bodyData: nil)
        switch payload {
        case .none:
            break
        case .json(let value):
            let data = try Self.jsonBody(value)
            prepared.body = .bytes(ByteBuffer(data: data))
            prepared.bodyData = data
            fields.append(HTTPField(name: .contentType, value: "application/json"))
        case .body(let body, let contentType):
            prepared.body = body
            prepared.bodyData = body.bytesInMemory.map { Data(buffer: $0) }
            fields.append(HTTPField(name: .contentType, value: contentType))
        }
        let authorization = "Bearer \(apiKey.value)"
        if configuration.defaultHeaders.isEmpty && options.headers.isEmpty {
            // Appending is cheaper than setting by name, which indexes the fields first.
            fields.append(HTTPField(name: Self.retryCountField, value: "0"))
            fields.append(HTTPField(name: .authorization, value: authorization))
        } else {
            for field in configuration.defaultHeaders + options.headers {
                fields[field.name] = field.value
            }
            fields[Self.retryCountField] = "0"
            fields[.authorization] = authorization
        }
        if let anthropicVersion {
            fields[Self.apiKeyField] = apiKey.value
            if fields[Self.anthropicVersionField] == nil {
                fields[Self.anthropicVersionField] = anthropicVersion
            }
        }
        prepared.head = HTTPRequest(
            method: route.method, scheme: server.scheme, authority: server.authority,
            path: server.basePath + route.pathAndQuery, headerFields: fields)
        if let target = route.absoluteURL {
            (prepared.head, _) = try Redirect(fetching: target).follow(from: prepared.head, body: nil)
        }
        return prepared
    }

    /// A request's JSON body: its own writer's when it has one that handles it, else `JSONEncoder`'s.
    static func jsonBody(_ value: any Encodable & Sendable) throws -> Data {
        try (value as? any FastEncodable)?.encodeCommonShape() ?? encoder.encode(value)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()
}

extension HTTPFields {
    fileprivate static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var result = lhs
        result.append(contentsOf: rhs)
        return result
    }
}
