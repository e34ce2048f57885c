import Hummingbird
import NIOCore

/// The request context of the test server: Hummingbird's core context and the connection, which the server
/// closes to simulate faults.
struct TestServerRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection the request arrived on.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
