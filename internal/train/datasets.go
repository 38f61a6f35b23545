package train

import (
	"fmt"
	"sync"

	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/spec"
)

// Datasets are a job's training and evaluation splits.
type Datasets struct {
	Train, Eval data.Set
	Vocab       int     // number of classes/tokens the data holds
	Baseline    float64 // text: unigram cross-entropy of the validation split in nats (0 otherwise)
	Describe    string  // one line for logs
	Text        *data.Text

	treeOnce sync.Once
	tree     *commit.Tree // the Merkle tree over Train's samples (Trainer.DataTree), built on first use
}

// LoadData loads the dataset a job names.
func LoadData(job *spec.Job) (*Datasets, error) {
	switch job.Data.Dataset {
	case "mnist":
		dir := job.Resolve(job.Data.Path)
		if dir == "" {
			d, err := data.MNISTDir()
			if err != nil {
				return nil, err
			}
			dir = d
		}
		tr, err := data.LoadMNIST(dir, "train", job.Data.Limit)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		te, err := data.LoadMNIST(dir, "test", 0)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		return &Datasets{Train: tr, Eval: te, Vocab: 10,
			Describe: fmt.Sprintf("MNIST: %d training, %d test images", tr.Len(), te.Len())}, nil
	case "text":
		t, err := data.LoadText(job.Resolve(job.Data.Path), job.Model.Context, job.Data.ValFraction)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		var tr data.Set = t.Train()
		if job.Data.Limit > 0 && job.Data.Limit < tr.Len() {
			tr = limited{tr, job.Data.Limit}
		}
		return &Datasets{Train: tr, Eval: t.Val(), Vocab: t.VocabSize(), Baseline: t.UnigramBaseline(), Text: t,
			Describe: fmt.Sprintf("text: %d training / %d validation tokens, vocabulary %d", t.TrainTokens(), t.ValTokens(), t.VocabSize())}, nil
	}
	return nil, fmt.Errorf("unknown dataset %q", job.Data.Dataset)
}

// limited is the first n samples of a set.
type limited struct {
	data.Set
	n int
}

func (l limited) Len() int { return l.n }
