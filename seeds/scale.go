package seeds

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/schollz/progressbar/v3"

	"hatchery/models"
)

// ScaleCounts says what Scale added.
type ScaleCounts struct {
	Communities int
	Funders     int
}

// Per unit of scale, about one province: its cities, districts, streets and
// urban communities, and the bureaus, street offices and others that fund.
const (
	citiesPerUnit      = 11
	districtsPerCity   = 8
	streetsPerDistrict = 9
	communitiesPerStr  = 7
	fundersPerDistrict = 3
)

// Scale adds n units of synthetic reference data in batches, drawing a
// progress bar on progress. It is deterministic for a given n.
func Scale(ctx context.Context, s *models.Store, n int, progress io.Writer) (ScaleCounts, error) {
	rng := rand.New(rand.NewPCG(uint64(n), 2026))
	districts := n * citiesPerUnit * districtsPerCity
	bar := progressbar.NewOptions(districts,
		progressbar.OptionSetWriter(progress), progressbar.OptionSetDescription("seeding districts"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	var counts ScaleCounts
	a := models.System("seed-scale")
	for d := 0; d < districts; d++ {
		district := fmt.Sprintf("合成%03d市%02d区", d/districtsPerCity+1, d%districtsPerCity+1)
		var coms []models.Community
		for st := 0; st < streetsPerDistrict; st++ {
			street := fmt.Sprintf("%s第%d街道", district, st+1)
			for c := 0; c < communitiesPerStr; c++ {
				hh := 800 + rng.Int64N(4000)
				coms = append(coms, models.Community{
					Name: fmt.Sprintf("%s%d社区", street, c+1), Street: street, District: district,
					Type: models.CommunityTypes[rng.IntN(len(models.CommunityTypes))], Households: hh, Population: hh * (25 + rng.Int64N(10)) / 10,
				})
			}
		}
		funders := make([]models.Funder, fundersPerDistrict)
		for i := range funders {
			funders[i] = models.Funder{Name: fmt.Sprintf("%s资助方%d", district, i+1), Kind: models.FunderKinds[rng.IntN(len(models.FunderKinds))]}
		}
		if err := s.BulkInsertReference(ctx, a, coms, funders); err != nil {
			return counts, err
		}
		counts.Communities += len(coms)
		counts.Funders += len(funders)
		_ = bar.Add(1)
	}
	_ = bar.Finish()
	return counts, nil
}
