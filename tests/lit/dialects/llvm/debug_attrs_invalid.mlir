// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A struct parameter that is not declared (or given twice) is upstream's error.
// expected-error@+1 {{duplicate or unknown struct parameter name: foo}}
module attributes {llvm.x = #llvm.di_basic_type<name = "a", foo = 1>} {}

// -----

// expected-error@+1 {{duplicate or unknown struct parameter name: name}}
module attributes {llvm.x = #llvm.di_basic_type<name = "a", name = "b">} {}

// -----

/// A required parameter must be present.
// expected-error@+1 {{struct is missing required parameter: name}}
module attributes {llvm.x = #llvm.di_basic_type<tag = DW_TAG_base_type>} {}

// -----

/// `di_file` is `<"name" in "directory">`.
// expected-error@+1 {{expected 'in'}}
module attributes {llvm.x = #llvm.di_file<"a">} {}

// -----

/// Unknown DWARF names, flags and enum cases.
// expected-error@+2 {{invalid debug info debug info tag name: DW_TAG_bogus}}
// expected-error@+1 {{failed to parse LLVM_DIBasicTypeAttr parameter 'tag' which is to be a `unsigned`}}
module attributes {llvm.x = #llvm.di_basic_type<tag = DW_TAG_bogus, name = "a">} {}

// -----

// expected-error@+2 {{expected one of [Virtual, PureVirtual, LocalToUnit, Definition, Optimized, Pure, Elemental, Recursive, MainSubprogram, Deleted, ObjCDirect] for LLVM DISubprogram flags, got: Definition|Bogus}}
// expected-error@+1 {{failed to parse LLVM_DISubprogramAttr parameter 'subprogramFlags' which is to be a `DISubprogramFlags`}}
module attributes {llvm.x = #llvm.di_subprogram<name = "a", subprogramFlags = "Definition|Bogus">} {}

// -----

// expected-error@+2 {{expected one of [None, Full, LineTablesOnly, DebugDirectivesOnly] for LLVM debug emission kind, got: Bad}}
// expected-error@+1 {{failed to parse LLVM_DICompileUnitAttr parameter 'emissionKind' which is to be a `DIEmissionKind`}}
module attributes {llvm.x = #llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, file = #llvm.di_file<"a" in "">, isOptimized = false, emissionKind = Bad>} {}

// -----

/// A nested attribute of the wrong kind.
// expected-error@+2 {{invalid kind of attribute specified}}
// expected-error@+1 {{failed to parse LLVM_DILexicalBlockAttr parameter 'scope' which is to be a `DIScopeAttr`}}
module attributes {llvm.x = #llvm.di_lexical_block<scope = 3>} {}

// -----

// expected-error@+2 {{expected valid keyword}}
// expected-error@+1 {{expected a parameter name in struct}}
module attributes {llvm.x = #llvm.di_subprogram<name = "a",>} {}

// -----

/// A type is no scope.
#bt = #llvm.di_basic_type<name = "int">
// expected-error@+2 {{invalid kind of attribute specified}}
// expected-error@+1 {{failed to parse LLVM_DISubprogramAttr parameter 'scope' which is to be a `DIScopeAttr`}}
module attributes {llvm.x = #llvm.di_subprogram<scope = #bt, name = "f">} {}

// -----

/// A nested attribute that fails to parse gets its parameter's error too, after the
/// nested attribute (or where a stripped one stopped).
// expected-error@+2 {{undefined symbol alias id 'f'}}
// expected-error@+1 {{failed to parse LLVM_DICompileUnitAttr parameter 'file' which is to be a `DIFileAttr`}}
module attributes {llvm.x = #llvm.di_compile_unit<id = distinct[7]<>, sourceLanguage = DW_LANG_C, file = #f, isOptimized = false, emissionKind = Full>} {}

// -----

// expected-error@+3 {{expected integer value}}
// expected-error@+2 {{failed to parse LLVM_DISubprogramAttr parameter 'line' which is to be a `unsigned`}}
// expected-error@+1 {{failed to parse LLVM_DILexicalBlockAttr parameter 'scope' which is to be a `DIScopeAttr`}}
module attributes {llvm.x = #llvm.di_lexical_block<scope = #llvm.di_subprogram<line = x>>} {}

// -----

// expected-error@+3 {{expected attribute value}}
// expected-error@+2 {{failed to parse LLVM_DIFileAttr parameter 'directory' which is to be a `StringAttr`}}
// expected-error@+1 {{failed to parse LLVM_DISubprogramAttr parameter 'file' which is to be a `DIFileAttr`}}
module attributes {llvm.x = #llvm.di_subprogram<file = <"a" in>>} {}

// -----

/// A string parameter given another attribute.
// expected-error@+2 {{invalid kind of attribute specified}}
// expected-error@+1 {{failed to parse LLVM_DIBasicTypeAttr parameter 'name' which is to be a `StringAttr`}}
module attributes {llvm.x = #llvm.di_basic_type<name = 3>} {}
