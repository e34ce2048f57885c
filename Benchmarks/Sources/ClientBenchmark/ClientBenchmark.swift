import Foundation

/// The benchmarks of issue 8: the SDK against AsyncHTTPClient with and without `JSONDecoder`, and the
/// official `openai` Python package, over loopback against a local server in its own process, and decoding
/// from memory.
///
/// ```
/// ClientBenchmark [--quick] [--rounds 3] [--only a,b,c,d,e,r,v] [--python .venv-bench/bin/python]
///                 [--second-server]
/// ClientBenchmark child --scenario a --client sdk --server http://127.0.0.1:PORT --count 4000
/// ```
///
/// Each client runs each scenario in a child process of its own, so that CPU time and peak memory are its
/// alone and no client warms another's connections. Every figure is the median of the rounds; the order of
/// the clients changes from round to round.
@main
struct ClientBenchmark {
    static func main() async throws {
        let arguments = Arguments(CommandLine.arguments)
        switch CommandLine.arguments.dropFirst().first {
        case "child":
            try await child(arguments)
        case "transfer-child":
            guard let direction = arguments["--direction"], let client = arguments["--client"],
                let server = arguments["--server"], let file = arguments["--file"],
                let bytes = arguments["--bytes"].flatMap(Int.init)
            else { throw BenchmarkError("transfer-child needs --direction, --client, --server, --file, --bytes") }
            let measurement = try await TransferBenchmark.child(
                direction: direction, client: client, server: server, file: URL(fileURLWithPath: file), bytes: bytes)
            print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
        case "batch-results-child":
            guard let client = arguments["--client"], let file = arguments["--file"]
            else { throw BenchmarkError("batch-results-child needs --client and --file") }
            let measurement = try await BatchResultsBenchmark.child(client: client, file: URL(fileURLWithPath: file))
            print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
        default:
            try await orchestrate(arguments)
        }
    }

    /// Runs one scenario with one client and prints its measurement as JSON.
    static func child(_ arguments: Arguments) async throws {
        guard let scenario = arguments["--scenario"].flatMap(Scenario.init(rawValue:)),
            let kind = arguments["--client"].flatMap(ClientKind.init(rawValue:)),
            let server = arguments["--server"], let count = arguments["--count"].flatMap(Int.init)
        else { throw BenchmarkError("child needs --scenario, --client, --server and --count") }
        let client = kind.makeClient(server: server)
        let measurement = try await scenario.run(client: client, count: count)
        try await client.shutdown()
        print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
    }

    static func orchestrate(_ arguments: Arguments) async throws {
        let quick = arguments.has("--quick")
        let rounds = arguments["--rounds"].flatMap(Int.init) ?? 3
        var only = Set((arguments["--only"] ?? "a,b,c,d,e,f,g,r,v").split(separator: ",").map(String.init))
        let python = arguments["--python"]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let packageDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let pythonScript = packageDirectory.appendingPathComponent("Scripts/openai_bench.py").path

        print("# swift-neosantara benchmarks")
        print("")
        print(
            "\(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage()), "
                + "median of \(rounds) rounds\(quick ? ", quick" : "")")
        print("")

        let fixtures = [
            "--stream-fixture", packageDirectory.appendingPathComponent("Fixtures/stream-20.sse").path,
            "--responses-fixture", packageDirectory.appendingPathComponent("Fixtures/responses-stream-20.sse").path,
        ]
        // `--second-server`: the independent asyncio server instead of BenchmarkServer, for the scenarios it
        // answers.
        let secondServer = arguments.has("--second-server")
        let server =
            secondServer
            ? try ServerProcess.start(
                "/usr/bin/env",
                arguments: ["python3", packageDirectory.appendingPathComponent("Scripts/second_server.py").path]
                    + fixtures)
            : try ServerProcess.start(
                executable.deletingLastPathComponent().appendingPathComponent("BenchmarkServer").path,
                arguments: fixtures)
        defer { server.stop() }
        if secondServer {
            only.formIntersection(["a", "b", "c", "d", "r"])
            print("Server: Scripts/second_server.py (Python asyncio, one write per event)")
            print("")
        }

        for scenario in Scenario.allCases where only.contains(scenario.rawValue) {
            let clients = scenario.clients.filter { $0 != .python || python != nil }
            var results: [ClientKind: [Measurement]] = [:]
            for round in 0..<rounds {
                let rotation = round % clients.count
                for kind in clients[rotation...] + clients[..<rotation] {
                    let count = scenario.count(for: kind, quick: quick)
                    let command: [String]
                    if kind == .python, let python {
                        command = [
                            python, pythonScript, "--scenario", scenario.rawValue, "--server", server.url,
                            "--count", "\(count)",
                        ]
                    } else {
                        command = [
                            executable.path, "child", "--scenario", scenario.rawValue, "--client", kind.rawValue,
                            "--server", server.url, "--count", "\(count)",
                        ]
                    }
                    results[kind, default: []].append(try runChild(command))
                }
            }
            print(Table.scenario(scenario, clients: clients, results: results))
        }
        if only.contains("e") {
            print(Table.decoding(try await DecodeBenchmarks.run(rounds: max(rounds, 3), quick: quick)))
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("neosantara-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        if only.contains("f") {
            let bytes = quick ? 1 << 28 : 1 << 30
            let source = scratch.appendingPathComponent("upload.jsonl")
            FileManager.default.createFile(atPath: source.path, contents: nil)
            try FileHandle(forWritingTo: source).truncate(atOffset: UInt64(bytes))  // sparse
            var results: [String: [Measurement]] = [:]
            for round in 0..<rounds {
                for direction in TransferBenchmark.directions {
                    let clients = TransferBenchmark.clients
                    for client in round % 2 == 0 ? clients : clients.reversed() {
                        let file = direction == "upload" ? source : scratch.appendingPathComponent("download")
                        results["\(direction) \(client)", default: []].append(
                            try runChild([
                                executable.path, "transfer-child", "--direction", direction, "--client", client,
                                "--server", server.url, "--file", file.path, "--bytes", "\(bytes)",
                            ]))
                        try? FileManager.default.removeItem(at: scratch.appendingPathComponent("download"))
                    }
                }
            }
            print(Table.transfers(results, bytes: bytes))
        }
        if only.contains("g") {
            let file = scratch.appendingPathComponent("output.jsonl")
            try BatchResultsBenchmark.writeFile(file, lines: BatchResultsBenchmark.lines)
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
            var results: [String: [Measurement]] = [:]
            for round in 0..<rounds {
                let clients = BatchResultsBenchmark.clients
                for client in round % 2 == 0 ? clients : clients.reversed() {
                    results[client, default: []].append(
                        try runChild([executable.path, "batch-results-child", "--client", client, "--file", file.path]))
                }
            }
            print(Table.batchResults(results, fileSize: size))
        }
    }

    /// Runs a child process and decodes the measurement on its last line.
    static func runChild(_ command: [String]) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last
        else { throw BenchmarkError("\(command.joined(separator: " ")) failed (status \(process.terminationStatus))") }
        return try JSONDecoder().decode(Measurement.self, from: Data(line.utf8))
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
    }
}

/// `--name value` arguments.
struct Arguments {
    let values: [String]

    init(_ values: [String]) {
        self.values = values
    }

    subscript(name: String) -> String? {
        values.firstIndex(of: name).flatMap { $0 + 1 < values.count ? values[$0 + 1] : nil }
    }

    func has(_ name: String) -> Bool {
        values.contains(name)
    }
}

/// The benchmark server, started as a separate process.
struct ServerProcess {
    let process: Process
    let url: String

    static func start(_ path: String, arguments: [String]) throws -> ServerProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { throw BenchmarkError("the server ended before it listened") }
            line += data
        }
        guard
            let port = String(decoding: line, as: UTF8.self).split(separator: " ").last.flatMap({
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
            })
        else { throw BenchmarkError("the server said \(String(decoding: line, as: UTF8.self))") }
        return ServerProcess(process: process, url: "http://127.0.0.1:\(port)")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
