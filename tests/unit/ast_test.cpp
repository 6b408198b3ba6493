// Unit tests of the C++ AST: operator spellings and the deterministic dump.
#include <catch2/catch.hpp>

#include "translator/ast/ast.h"

using namespace rpyc::ast;

TEST_CASE("operator symbols and kind names", "[ast]") {
  CHECK(std::string(BinOpSymbol(BinOpKind::FloorDiv)) == "//");
  CHECK(std::string(UnaryOpSymbol(UnaryOpKind::Not)) == "not");
  CHECK(std::string(CmpOpSymbol(CmpOpKind::IsNot)) == "is not");
  CHECK(std::string(NodeKindName(NodeKind::ExprStmt)) == "ExprStmt");
}

TEST_CASE("Dump prints an indented tree", "[ast]") {
  AstArena arena;
  auto* ret = arena.New<Return>();
  auto* add = arena.New<BinOp>();
  auto* x = arena.New<Name>();
  x->id = "x";
  auto* one = arena.New<Constant>();
  one->value_kind = Constant::Kind::Int;
  one->int_value = 1;
  add->left = x;
  add->right = one;
  ret->value = add;
  auto* def = arena.New<FunctionDef>();
  def->name = "f";
  def->args = arena.New<arguments>();
  auto* param = arena.New<arg>();
  param->arg_name = "x";
  def->args->args.push_back(param);
  def->body.push_back(ret);
  CHECK(Dump(def) ==
        "FunctionDef name='f'\n"
        "  args:\n"
        "    arguments\n"
        "      args:\n"
        "        arg arg='x'\n"
        "  body:\n"
        "    Return\n"
        "      value:\n"
        "        BinOp op=+\n"
        "          left:\n"
        "            Name id='x'\n"
        "          right:\n"
        "            Constant value=1\n");
}
