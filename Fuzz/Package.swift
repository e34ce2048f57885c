// swift-tools-version: 6.1
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer) for the SDK's and the test server's readers, kept out of the root
// package so that neither users nor `swift test` build them. Build and run with `./run.sh SECONDS` in this folder
// (see README.md): it builds in debug mode, which keeps the build cheap and lets the targets reach internal types
// through `@testable import`, with `-sanitize=fuzzer,address` on every module.
let package = Package(
    name: "swift-neosantara-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-neosantara", path: ".."),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        // One executable holding every target; its first argument names the target, the rest go to libFuzzer.
        .executableTarget(
            name: "NeosantaraFuzz",
            dependencies: [
                .product(name: "Neosantara", package: "swift-neosantara"),
                .product(name: "NeosantaraTesting", package: "swift-neosantara"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
