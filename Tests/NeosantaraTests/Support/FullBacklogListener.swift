#if canImport(Glibc)
    import Glibc

    /// A TCP listener on 127.0.0.1 that never accepts, and whose accept queue one connection already fills,
    /// so that the kernel ignores any further connection attempt until the client gives up.
    final class FullBacklogListener {
        /// The port it listens on.
        let port: Int
        private let listener: Int32
        private let filler: Int32

        init() throws {
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    bind(listener, address, length) == 0 && listen(listener, 0) == 0
                        && getsockname(listener, address, &length) == 0
                }
            }
            let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    connect(filler, address, length) == 0
                }
            }
            guard bound, connected else {
                close(filler)
                close(listener)
                throw ListenerError(errno: errno)
            }
            self.listener = listener
            self.filler = filler
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit {
            close(filler)
            close(listener)
        }

        struct ListenerError: Error {
            var errno: Int32
        }
    }
#endif
