// The two languages the domain can name things in for people (labels, indicators); the UI translates the rest.
// Usage: labelName(LevelLabel::kLow, Language::kFrench);  // "Bas"
#pragma once

namespace magasin::domain {

enum class Language { kFrench, kEnglish };

}  // namespace magasin::domain
