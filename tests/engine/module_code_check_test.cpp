#include "engine/core/module_code_check.h"

#include <catch2/catch.hpp>

using gan::verifyModuleCode;

TEST_CASE("Module code passes only as the attribute declarations LibTorch writes", "[checkpoint]") {
  const std::string written =
      "class Module(Module):\n"
      "  __parameters__ = [\"weight\", \"bias\", ]\n"
      "  __buffers__ = []\n"
      "  __annotations__ = []\n"
      "  __annotations__[\"0\"] = __torch__.___torch_mangle_2.Module\n"
      "  __annotations__[\"params/0\"] = str\n"
      "  betas : Tuple[float, float]\n"
      "  step : int\n"
      "  weight : Tensor\n";
  CHECK_NOTHROW(verifyModuleCode("code/m.py", written));
  // What the fuzzer's crashing inputs looked like: anything else TorchScript would compile.
  for (const std::string& line :
       {"  __ffubers__ = []", "  def forward(self, x):", "  step : List[List[List[int]]]", "  x : Tuple[float,float]",
        "  __annotations__[\"a\\\"b\"] = str", "  9x : int", "  y : __torch__.___torch_mangle_.Module", "\tstep : int",
        "  __parameters__ = [\"a\"]", "  w : Tensor # note"})
    CHECK_THROWS_WITH(verifyModuleCode("code/m.py", written + line + "\n"),
                      Catch::Contains("code/m.py") && Catch::Contains("line 10"));
  CHECK_THROWS_WITH(verifyModuleCode("code/m.py", "import os\n"), Catch::Contains("line 1"));
  CHECK_THROWS(verifyModuleCode("code/m.py", ""));
}
