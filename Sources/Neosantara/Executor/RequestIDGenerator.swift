import NIOConcurrencyHelpers

/// Makes the `x-request-id` of each call: `req_` and 32 lowercase hexadecimal digits.
///
/// The digits are two outputs of a SplitMix64 generator seeded once per process from the system's random
/// source, so that an id costs no system call: ids never repeat within a process, and two processes
/// share ids only if their 64-bit random seeds collide.
enum RequestIDGenerator {
    private static let state = NIOLockedValueBox<UInt64>(
        {
            var system = SystemRandomNumberGenerator()
            return system.next()
        }())

    /// A new request id.
    static func next() -> String {
        let (first, second) = state.withLockedValue { state in
            (mix(advance(&state)), mix(advance(&state)))
        }
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 36) { buffer in
            for (offset, byte) in "req_".utf8.enumerated() {
                buffer[offset] = byte
            }
            for position in 0..<32 {
                let word = position < 16 ? first : second
                let shift = UInt64(60 - (position % 16) * 4)
                buffer[4 + position] = digits.utf8Start[Int((word >> shift) & 0xF)]
            }
            return 36
        }
    }

    /// Moves the generator's state on by SplitMix64's odd constant and returns the new state.
    private static func advance(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return state
    }

    /// SplitMix64's output function: a bijection, so distinct states give distinct outputs.
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
