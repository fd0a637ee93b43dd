import Testing

@testable import ZhibiaoCore

@Suite struct DecoderTests {
    @Test func foldsFullWidthDigitsAndKeepsChinesePunctuation() throws {
        let bytes = Array("城镇新增就业４．８２万人，增长３％".utf8)
        #expect(try Decoder.decode(bytes).text == "城镇新增就业4.82万人，增长3%")
    }

    @Test func stripsBOMAndFoldsCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("一\r\n二\r三".utf8)
        #expect(try Decoder.decode(bytes).text == "一\n二\n三")
    }

    @Test func decodesUTF16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "就业1".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try Decoder.decode(bytes).text == "就业1")
    }

    @Test func rejectsBinary() {
        #expect(throws: Decoder.Failure.binary) { try Decoder.decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]) }
    }

    @Test func transcodesGBKText() throws {
        // 就业 in GBK: BE CD D2 B5, repeated
        let bytes: [UInt8] = Array(repeating: [0xBE, 0xCD, 0xD2, 0xB5], count: 20).flatMap { $0 }
        #expect(try Decoder.decode(bytes).text == String(repeating: "就业", count: 20))
    }

    @Test func replacesStrayInvalidBytesAndReportsTheLine() throws {
        let bytes = Array("第一行\n".utf8) + [0xFF] + Array("第二行就业\n第三行".utf8)
        let result = try Decoder.decode(bytes)
        #expect(result.invalidLines == [2])
        #expect(result.text.hasSuffix("第二行就业\n第三行"))
    }
}

@Suite struct LegacyEncodingTests {
    static let text = "2024年全市城镇新增就业4.82万人，增长3%。\n第二行"

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true]) func readsUTF16WithoutABOM(bigEndian: Bool) throws {
        let result = try Decoder.decode(Self.utf16(Self.text, bigEndian: bigEndian))
        #expect(result.text == Self.text)
        #expect(result.encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
        #expect(result.invalidLines == [])
    }

    @Test func reportsAnUnpairedSurrogateInUTF16() throws {
        let bytes = Self.utf16("一\n二", bigEndian: false) + [0x00, 0xD8] + Self.utf16("三", bigEndian: false)
        let result = try Decoder.decode([0xFF, 0xFE] + bytes)
        #expect(result.invalidLines == [2])
        #expect(result.text == "一\n二\u{FFFD}三")
    }

    // 2024年全市城镇新增就业4.82万人，增长3%。 in GB18030, with a second line.
    static let gb: [UInt8] = [
        0x32, 0x30, 0x32, 0x34, 0xC4, 0xEA, 0xC8, 0xAB, 0xCA, 0xD0, 0xB3, 0xC7, 0xD5, 0xF2, 0xD0, 0xC2, 0xD4, 0xF6,
        0xBE,
        0xCD, 0xD2, 0xB5, 0x34, 0x2E, 0x38, 0x32, 0xCD, 0xF2, 0xC8, 0xCB, 0xA3, 0xAC, 0xD4, 0xF6, 0xB3, 0xA4, 0x33,
        0x25,
        0xA1, 0xA3, 0x0A, 0xB5, 0xDA, 0xB6, 0xFE, 0xD0, 0xD0,
    ]

    @Test func transcodesGB18030() throws {
        let result = try Decoder.decode(Self.gb)
        #expect(result.text == Self.text)
        #expect(result.encoding == "GB18030")
        #expect(result.invalidLines == [])
    }

    @Test func replacesInvalidGB18030BytesAndReportsTheLine() throws {
        let result = try Decoder.decode(Self.gb + [0x0A, 0xFF] + Array(Self.gb[4..<10]))
        #expect(result.invalidLines == [3])
        #expect(result.text.hasSuffix("\n\u{FFFD}年全市"))
    }

    @Test func namesGB18030WhenThePlatformCannotConvertIt() {
        #expect(throws: Decoder.Failure.unsupportedEncoding("GB18030/GBK")) {
            try Decoder.decode(Self.gb, gb18030: { _ in nil })
        }
    }

    @Test func refusesOtherEncodings() {
        let latin1 = Array(repeating: Array("caf".utf8) + [0xE9, 0x20], count: 20).flatMap { $0 }
        #expect(throws: Decoder.Failure.unsupportedEncoding("an encoding other than UTF-8")) {
            try Decoder.decode(latin1)
        }
    }

    @Test func plainASCIIIsNeverTakenForUTF16() throws {
        let result = try Decoder.decode(Array("abcdefgh ijklmnop\n".utf8))
        #expect(result.encoding == "UTF-8")
        #expect(result.text == "abcdefgh ijklmnop\n")
    }
}
