// Names and operator spellings of the C++ mirror of Python's ast (see
// ast.h). The test dump is in ast_dump.cpp.
#include "translator/ast/ast.h"

namespace rpyc::ast {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
#define RPYC_AST_NODE(Name) \
  case NodeKind::Name:      \
    return #Name;
#include "translator/ast/ast_nodes.def"
#undef RPYC_AST_NODE
  }
  return "?";
}

const char* BinOpSymbol(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add:
      return "+";
    case BinOpKind::Sub:
      return "-";
    case BinOpKind::Mult:
      return "*";
    case BinOpKind::MatMult:
      return "@";
    case BinOpKind::Div:
      return "/";
    case BinOpKind::Mod:
      return "%";
    case BinOpKind::Pow:
      return "**";
    case BinOpKind::LShift:
      return "<<";
    case BinOpKind::RShift:
      return ">>";
    case BinOpKind::BitOr:
      return "|";
    case BinOpKind::BitXor:
      return "^";
    case BinOpKind::BitAnd:
      return "&";
    case BinOpKind::FloorDiv:
      return "//";
  }
  return "?";
}

const char* UnaryOpSymbol(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Invert:
      return "~";
    case UnaryOpKind::Not:
      return "not";
    case UnaryOpKind::UAdd:
      return "+";
    case UnaryOpKind::USub:
      return "-";
  }
  return "?";
}

const char* CmpOpSymbol(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq:
      return "==";
    case CmpOpKind::NotEq:
      return "!=";
    case CmpOpKind::Lt:
      return "<";
    case CmpOpKind::LtE:
      return "<=";
    case CmpOpKind::Gt:
      return ">";
    case CmpOpKind::GtE:
      return ">=";
    case CmpOpKind::Is:
      return "is";
    case CmpOpKind::IsNot:
      return "is not";
    case CmpOpKind::In:
      return "in";
    case CmpOpKind::NotIn:
      return "not in";
  }
  return "?";
}

}  // namespace rpyc::ast
