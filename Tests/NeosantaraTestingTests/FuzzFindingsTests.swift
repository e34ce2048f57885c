import Foundation
import Neosantara
import Testing

@testable import NeosantaraTesting

/// The test server inputs the fuzz targets (Fuzz/, see Fuzz/README.md) found, each pinned with the input that
/// showed it, and the faults found while writing those targets.
@Suite("Test server inputs the fuzz targets found")
struct FuzzFindingsTests {
    @Test("A multipart part header whose name is not ASCII is a 400, not a trap in MultipartKit's parser")
    func nonASCIIHeaderName() {
        // TestServer found it: MultipartKit 4.7 looks header name bytes up in a 128-entry table.
        let body =
            Array("--b\r\nCon".utf8) + [UInt8](repeating: 0xFF, count: 125)
            + Array("tent-Disposit ion: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--b--\r\n".utf8)
        #expect(throws: Rejection.self) {
            try MultipartUpload(Data(body), contentType: "multipart/form-data; boundary=b")
        }
        let valueNotASCII = Array(
            "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"é.pdf\"\r\n\r\nx\r\n--b--\r\n".utf8)
        let parsed = try? MultipartUpload(Data(valueNotASCII), contentType: "multipart/form-data; boundary=b")
        #expect(parsed?.parts.first?.filename == "é.pdf")
    }

    @Test("A quoted multipart parameter keeps the ; and = inside its quotes")
    func quotedParameters() {
        // Found while writing the Multipart target: the parameters were split at every `;`.
        let header = #"form-data; name="a;b=c"; filename="x; filename=y.txt""#
        #expect(MultipartUpload.parameter("name", in: header) == "a;b=c")
        #expect(MultipartUpload.parameter("filename", in: header) == "x; filename=y.txt")
        #expect(MultipartUpload.parameter("name", in: #"form-data; name=plain ; other="1""#) == "plain")
        #expect(MultipartUpload.parameter("name", in: #"form-data; name="%22q%22%0D%0A""#) == "\"q\"\r\n")
        #expect(MultipartUpload.parameter("boundary", in: "multipart/form-data; boundary=XyZ") == "XyZ")
        #expect(MultipartUpload.parameter("name", in: "form-data") == nil)
    }

    @Test("A %22 followed by a combining mark decodes to a quote followed by that mark")
    func escapeBeforeCombiningMark() {
        // Multipart found it: the SDK writes `"` + U+0328 as `%22` + U+0328, whose last `2` and the mark are one
        // `Character`, so replacing the string "%22" left the escape in the name.
        // (Constants: #expect did not expand these literals written inline.)
        let header = "form-data; name=\"na%22\u{328}\""
        let name = "na\"\u{328}"
        #expect(MultipartUpload.parameter("name", in: header) == name)
        let escapes = "%0D\u{301}%0A\u{301}%22"
        let decoded = "\r\u{301}\n\u{301}\""
        #expect(MultipartUpload.formDecoded(escapes) == decoded)
        #expect(MultipartUpload.formDecoded("100%2 %0d %") == "100%2 %0d %")
    }
}
