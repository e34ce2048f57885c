import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one client did in one run of one scenario, as a child process reports it on its last line of
/// output (the Python script writes the same JSON).
struct Measurement: Codable, Sendable {
    /// Calls (or streams, or megabytes) per second.
    var throughput: Double
    /// Median and 99th-percentile latency of one call, in seconds.
    var p50: Double
    var p99: Double
    /// CPU time (user + system) of the whole client process per call, in seconds.
    var cpuPerCall: Double
    /// The client process's peak resident memory, in bytes.
    var peakRSS: Double
    /// Calls that threw or read a short response.
    var failures: Int
    /// For scenario (d): resident memory added per open stream, in bytes.
    var rssPerStream: Double?
    /// For scenario (d): streams read to their end.
    var completed: Int?
    /// For scenarios (f), (g) and (v): peak resident memory minus resident memory just before the work, in bytes.
    var rssGrowth: Double?
    /// For scenario (r): the SDK's CPU per Responses stream divided by its CPU per chat stream of the same
    /// text, the two measured in alternating blocks in the same process.
    var pairedCPURatio: Double?
}

/// Process-level readings: CPU time, peak and current resident memory.
enum ProcessStats {
    #if os(Linux)
        static let selfWho = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        static let selfWho = RUSAGE_SELF
    #endif

    /// User plus system CPU time of this process so far, in seconds.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(Self.selfWho, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The peak resident memory of this process, in bytes.
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(Self.selfWho, &usage)
        #if os(Linux)
            return Double(usage.ru_maxrss) * 1024
        #else
            return Double(usage.ru_maxrss)
        #endif
    }

    /// The current resident memory of this process, in bytes (Linux: `/proc/self/statm`).
    static func currentRSS() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Durations in seconds, and their percentiles.
struct Latencies {
    var values: [Double] = []

    mutating func append(_ duration: Duration) {
        values.append(duration.seconds)
    }

    mutating func append(contentsOf other: Latencies) {
        values += other.values
    }

    func percentile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}
