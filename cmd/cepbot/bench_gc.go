package main

import (
	"runtime"
	"runtime/metrics"
)

// gcSample is what runtime/metrics tells of the collector at one instant.
type gcSample struct {
	cycles         uint64
	gcCPU, allCPU  float64
	live, scanHeap uint64
	scanStack      uint64
	scanGlobals    uint64
	objects        uint64
}

var gcMetrics = []string{
	"/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/gc/heap/live:bytes",
	"/gc/scan/heap:bytes",
	"/gc/scan/stack:bytes",
	"/gc/scan/globals:bytes",
	"/gc/heap/objects:objects",
}

func readGC() gcSample {
	ss := make([]metrics.Sample, len(gcMetrics))
	for i, n := range gcMetrics {
		ss[i].Name = n
	}
	metrics.Read(ss)
	u := func(i int) uint64 {
		if ss[i].Value.Kind() == metrics.KindUint64 {
			return ss[i].Value.Uint64()
		}
		return 0
	}
	f := func(i int) float64 {
		if ss[i].Value.Kind() == metrics.KindFloat64 {
			return ss[i].Value.Float64()
		}
		return 0
	}
	return gcSample{cycles: u(0), gcCPU: f(1), allCPU: f(2), live: u(3), scanHeap: u(4), scanStack: u(5), scanGlobals: u(6), objects: u(7)}
}

// liveAfterGC collects, then samples: the heap then holds only what lives.
// It runs after the measure, outside its timings.
func liveAfterGC() gcSample {
	runtime.GC()
	return readGC()
}

// addGC fills the collector's fields from two samples around the measure
// and one taken after a collection that followed it. The CPU classes are
// estimates the runtime updates at each cycle's end: over a measure of a
// few cycles the fraction is approximate.
func (r *benchResult) addGC(before, after, live gcSample) {
	r.GCCycles = after.cycles - before.cycles
	if d := after.allCPU - before.allCPU; d > 0 {
		r.GCCPUFraction = (after.gcCPU - before.gcCPU) / d
	}
	r.HeapLiveBytes = live.live
	r.HeapObjects = live.objects
	r.GCScanBytes = live.scanHeap + live.scanStack + live.scanGlobals
}
