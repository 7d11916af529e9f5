import Foundation
import TxrayCore

/// Reads one ERC-7730 descriptor file and merges the files it `includes` into it.
enum DescriptorDocument {
  /// Descriptor files are a few KiB; anything past this is refused before parsing.
  static let maxFileBytes = 1 << 20
  /// Include chains deeper than this are refused (the public registry needs one level).
  static let maxIncludeDepth = 8

  /// The merged document of `url`: each included file first, then the including file's members
  /// on top, as ERC-7730 specifies.
  static func load(_ url: URL, displayName: String) throws(ClearSigningError) -> JSONValue {
    try load(url, displayName: displayName, chain: [])
  }

  private static func load(_ url: URL, displayName: String, chain: [String])
    throws(ClearSigningError) -> JSONValue
  {
    let path = url.standardizedFileURL.path
    guard !chain.contains(path) else {
      throw ClearSigningError(
        .malformed, file: displayName, "includes itself through \(url.lastPathComponent)")
    }
    guard chain.count <= maxIncludeDepth else {
      throw ClearSigningError(
        .malformed, file: displayName, "includes nest deeper than \(maxIncludeDepth) files")
    }
    let document = try parse(url, displayName: displayName)
    guard case .object = document else {
      throw ClearSigningError(.malformed, file: displayName, "must be a JSON object")
    }
    guard let include = document["includes"] else { return document }
    guard case .string(let relative) = include, !relative.isEmpty else {
      throw ClearSigningError(.malformed, file: displayName, "'includes' must be a relative path")
    }
    guard !relative.contains("://") else {
      throw ClearSigningError(
        .unsupported, file: displayName,
        "includes a URL (\(relative)); txray reads local files only")
    }
    let target = url.deletingLastPathComponent().appendingPathComponent(relative)
    let base = try load(target, displayName: displayName, chain: chain + [path])
    return merge(base, over: document.removing("includes"))
  }

  private static func parse(_ url: URL, displayName: String) throws(ClearSigningError) -> JSONValue
  {
    let data: Data
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      if let size = attributes[.size] as? Int, size > maxFileBytes {
        throw ClearSigningError(
          .malformed, file: displayName, "\(url.lastPathComponent) is larger than 1 MiB")
      }
      // Refused before reading: Foundation leaks its read buffer on an empty file (the ERC-7730
      // fuzz target's first finding), and an empty file is no descriptor anyway.
      guard attributes[.size] as? Int != 0 else {
        throw ClearSigningError(.malformed, file: displayName, "\(url.lastPathComponent) is empty")
      }
      data = try Data(contentsOf: url)
    } catch let error as ClearSigningError {
      throw error
    } catch {
      throw ClearSigningError(.malformed, file: displayName, "cannot read \(url.lastPathComponent)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ClearSigningError(
        .malformed, file: displayName, "\(url.lastPathComponent) is not UTF-8")
    }
    do {
      return try JSONValue(parsing: text)
    } catch {
      throw ClearSigningError(
        .malformed, file: displayName, "\(url.lastPathComponent) is not valid JSON: \(error)")
    }
  }

  /// Objects merge member by member (the including side wins); `fields` lists merge by `path`,
  /// an including field replacing the included one with the same path; other values are replaced.
  static func merge(_ base: JSONValue, over top: JSONValue, key: String = "") -> JSONValue {
    switch (base, top) {
    case (.object(let baseMembers), .object(let topMembers)):
      var merged = baseMembers
      for (name, value) in topMembers {
        if let i = merged.firstIndex(where: { $0.key == name }) {
          merged[i].value = merge(merged[i].value, over: value, key: name)
        } else {
          merged.append((name, value))
        }
      }
      return .object(merged)
    case (.array(let baseItems), .array(let topItems)) where key == "fields":
      var merged = baseItems
      for item in topItems {
        if let path = item["path"], let i = merged.firstIndex(where: { $0["path"] == path }) {
          merged[i] = item
        } else {
          merged.append(item)
        }
      }
      return .array(merged)
    default:
      return top
    }
  }
}

extension JSONValue {
  /// The object without member `key`.
  func removing(_ key: String) -> JSONValue {
    guard case .object(let members) = self else { return self }
    return .object(members.filter { $0.key != key })
  }
}
