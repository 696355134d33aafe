package cli

import "sync"

// inOrder runs work on every job that produce sends, with workers
// goroutines, and calls write on the finished jobs one at a time, in the
// order they were sent. At most about 3×workers jobs are under way at
// once. After a write fails, send returns false and produce should stop;
// the first write error is returned, else produce's.
func inOrder[J any](workers int, work func(J), write func(J) error, produce func(send func(J) bool) error) error {
	type slot struct {
		job   J
		ready chan struct{}
	}
	jobs := make(chan slot, workers)
	order := make(chan slot, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				work(s.job)
				close(s.ready)
			}
		}()
	}
	// The writer drains order in sequence; a write error stops the sender.
	werr := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		var err error
		for s := range order {
			<-s.ready
			if err == nil {
				if err = write(s.job); err != nil {
					close(stop)
				}
			}
		}
		werr <- err
	}()
	perr := produce(func(j J) bool {
		s := slot{j, make(chan struct{})}
		select {
		case <-stop:
			return false
		case order <- s:
		}
		jobs <- s
		return true
	})
	close(jobs)
	wg.Wait()
	close(order)
	if err := <-werr; err != nil {
		return err
	}
	return perr
}
