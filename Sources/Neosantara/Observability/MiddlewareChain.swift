import Foundation
import HTTPTypes

/// A call's middleware — the configuration's, then the call's — run in order before an attempt and in
/// reverse order after it.
struct MiddlewareChain: Sendable {
    let middleware: [any NeosantaraMiddleware]

    init(configuration: NeosantaraClient.Configuration, options: RequestOptions) {
        middleware = configuration.middleware + options.middleware
    }

    /// Whether there is no middleware to run.
    var isEmpty: Bool { middleware.isEmpty }

    /// Runs every middleware's ``NeosantaraMiddleware/willSend(_:body:context:)``, in order.
    func willSend(_ request: inout HTTPRequest, body: Data?, context: MiddlewareContext) async throws(NeosantaraError) {
        for element in middleware {
            do {
                try await element.willSend(&request, body: body, context: context)
            } catch let error as NeosantaraError {
                throw error
            } catch {
                throw NeosantaraError(
                    kind: .middleware, message: "\(type(of: element)) failed before the request was sent: \(error)",
                    requestID: context.requestID, underlying: error, attempts: context.attempt)
            }
        }
    }

    /// Runs every middleware's ``NeosantaraMiddleware/didReceive(_:context:)``, in reverse order.
    func didReceive(_ response: HTTPResponse, context: MiddlewareContext) async {
        for element in middleware.reversed() {
            await element.didReceive(response, context: context)
        }
    }

    /// Runs every middleware's ``NeosantaraMiddleware/didFail(_:context:)``, in reverse order.
    func didFail(_ error: NeosantaraError, context: MiddlewareContext) async {
        for element in middleware.reversed() {
            await element.didFail(error, context: context)
        }
    }
}
