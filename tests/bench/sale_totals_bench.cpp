// The hottest domain path: a 50-line sale's lines, totals and taxes, as every terminal and the server compute them.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "magasin/domain/sale.hpp"

using namespace magasin::domain;

namespace {

constexpr int kLines = 50;

std::vector<SaleLine> makeLines() {
    std::vector<SaleLine> lines;
    lines.reserve(kLines);
    for (int i = 0; i < kLines; ++i) {
        Uuid::Bytes bytes{};
        bytes[15] = static_cast<std::uint8_t>(i);
        lines.push_back(SaleLine::of(ProductId(Uuid(bytes)), "Produit de démonstration " + std::to_string(i),
                                     Price::fromCents(199 + 37 * i), Quantity::of(1 + i % 4), i % 5 != 0));
    }
    return lines;
}

NewSale makeSale(std::vector<SaleLine> lines) {
    UuidV7Generator ids([] { return Timestamp(std::chrono::milliseconds(1'795'616'413'000)); },
                        [](std::span<std::uint8_t> out) { std::fill(out.begin(), out.end(), 0x5a); });
    NewSale sale;
    sale.id = SaleId(ids.next());
    sale.store = StoreId(ids.next());
    sale.device = DeviceId(ids.next());
    sale.staff = StaffId(ids.next());
    sale.at = Timestamp(std::chrono::milliseconds(1'795'616'413'000));
    sale.lines = std::move(lines);
    sale.payments = {Payment::cash(Money::fromCents(100'000'00))};
    return sale;
}

// Sale::record on ready lines: totals, taxes and payment settlement (plus copying the 50 lines into the sale).
void recordFiftyLineSale(benchmark::State& state) {
    const NewSale input = makeSale(makeLines());
    const TaxProfile quebec = TaxProfile::quebec();
    for (auto _ : state) {
        Sale sale = Sale::record(input, quebec);
        benchmark::DoNotOptimize(sale.totals().total);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(recordFiftyLineSale);

// The whole path from raw line input: 50 validated lines (names, prices, quantities), then the sale.
void buildAndRecordFiftyLineSale(benchmark::State& state) {
    const TaxProfile quebec = TaxProfile::quebec();
    for (auto _ : state) {
        Sale sale = Sale::record(makeSale(makeLines()), quebec);
        benchmark::DoNotOptimize(sale.totals().total);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(buildAndRecordFiftyLineSale);

// Taxes alone: the Québec profile on a taxable subtotal.
void quebecTaxes(benchmark::State& state) {
    const TaxProfile quebec = TaxProfile::quebec();
    std::int64_t cents = 26'997;
    for (auto _ : state) {
        Totals totals = computeTotals(quebec, Money::fromCents(cents), Money::fromCents(cents));
        benchmark::DoNotOptimize(totals.total);
        cents = (cents + 1) % 10'000'000;
    }
}
BENCHMARK(quebecTaxes);

}  // namespace

BENCHMARK_MAIN();
